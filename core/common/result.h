#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace storefront {

/// An expected failure: bad input, a missing file, a refused permission. `where` names the
/// place (file:line:field, a parameter name, a table) so the message can point at it.
struct Error
{
    QString message;
    QString where;

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

} // namespace storefront
