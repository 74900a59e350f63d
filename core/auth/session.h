#pragma once

#include "auth/permissions.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace storefront::auth {

class AuthService;

/// An opaque handle on a signed-in (or guest) session, made only by AuthService. What
/// identifies it is the session's random token: every core operation that needs a user
/// takes a Session and has AuthService resolve and check it (expired, logged out, forged
/// tokens are refused there). The user id, name, email and role carried here are a
/// snapshot, taken when the session was made, for the GUI to show and key its views by
/// without asking the database; core never trusts them.
class Session
{
public:
    /// An empty (invalid) session: no one.
    Session() = default;

    [[nodiscard]] bool isValid() const { return !m_token.isEmpty(); }
    [[nodiscard]] bool isGuest() const { return m_guest != nullptr; }

    /// The 32 random bytes. Store it only for "keep me signed in" (AuthService::resume);
    /// never log it.
    [[nodiscard]] QByteArray token() const { return m_token; }
    /// The token as base64url text (for a settings file), and back.
    [[nodiscard]] QString tokenText() const;
    [[nodiscard]] static std::optional<QByteArray> tokenFromText(const QString &text);

    /// The account the session was issued for; 0 for a guest.
    [[nodiscard]] qint64 userId() const { return m_userId; }
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] QString email() const { return m_email; }
    [[nodiscard]] bool keepSignedIn() const { return m_keepSignedIn; }
    [[nodiscard]] bool kiosk() const { return m_kiosk; }

    /// The same session (same token).
    [[nodiscard]] bool operator==(const Session &other) const { return m_token == other.m_token; }

private:
    friend class AuthService;
    struct GuestState;

    QByteArray m_token;
    std::shared_ptr<GuestState> m_guest; // only for guests: their in-memory ratings
    qint64 m_userId = 0;
    Role m_role = Role::Guest;
    QString m_displayName;
    QString m_email;
    bool m_keepSignedIn = false;
    bool m_kiosk = false;
};

} // namespace storefront::auth
