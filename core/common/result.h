#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace storefront {

/// What kind of failure an Error is, for callers that react differently to some of them:
/// they test the code, never the message, which is translated and may change.
enum class ErrorCode
{
    Failed,          ///< any failure without a more specific code
    BadCredentials,  ///< log-in or current password refused (no hint which part was wrong)
    WrongPin,        ///< the kiosk's staff PIN refused
    Cancelled,       ///< the caller asked the work to stop; nothing was kept
    UniqueViolation, ///< a write would have duplicated a unique value (an email, a sku)
    CheckViolation,  ///< a write broke a CHECK constraint of the schema
    SessionEnded,    ///< the session is expired, logged out, forged or its account is gone
};

/// An expected failure: bad input, a missing file, a refused permission. `where` names the
/// place (file:line:field, a parameter name, a table) so the message can point at it.
struct Error
{
    QString message;
    QString where;
    /// Last, so that `Error{message, where}` keeps meaning a plain failure.
    ErrorCode code = ErrorCode::Failed;

    /// "where: message", or just the message when there is no location.
    [[nodiscard]] QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

/// A value or an Error, in the spirit of std::expected (not in GCC 12's library).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    // By value on an rvalue, so that `for (auto &x : *repository.all())` keeps the value alive
    // for the loop instead of dangling into a destroyed temporary.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success carries nothing; failure carries an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

/// Shorthand for returning a failure: `return fail(u"price must be positive"_s, where);`
inline Error fail(QString message, QString where = {})
{
    return Error{std::move(message), std::move(where)};
}

/// A failure of a kind callers tell apart: `return fail(ErrorCode::Cancelled, msg, where);`
inline Error fail(ErrorCode code, QString message, QString where = {})
{
    return Error{std::move(message), std::move(where), code};
}

} // namespace storefront
