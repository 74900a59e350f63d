#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace storefront::auth {

/// How text typed by people is made comparable. Unicode offers several encodings of the same
/// visible text ("é" as one code point or as "e" + combining accent; full-width letters);
/// NFKC maps them to one form, so that what looks the same logs in the same.

/// Email as stored and looked up: NFKC, trimmed, case-folded.
[[nodiscard]] QString normaliseEmail(const QString &email);

/// A password's bytes for hashing: NFKC (not case-folded: case stays significant), UTF-8.
/// The caller should wipe the result (sodium_memzero) once done with it.
[[nodiscard]] QByteArray passwordBytes(const QString &password);

/// False for text that cannot have been typed: unpaired UTF-16 surrogates, U+FFFD (what
/// bytes that were not UTF-8 decode to), control characters and Unicode non-characters.
[[nodiscard]] bool isCleanText(const QString &text);

/// Length in code points (what a person counts as characters), not UTF-16 units.
[[nodiscard]] qsizetype codePointCount(const QString &text);

/// Checks an email already normalised; the Error's `where` is "email".
Status validateEmail(const QString &normalisedEmail);

/// Display name as stored: NFKC with runs of white space made one space, trimmed.
[[nodiscard]] QString normaliseDisplayName(const QString &name);
/// Checks a display name already normalised; the Error's `where` is "display name".
Status validateDisplayName(const QString &normalisedName);

inline constexpr int kMaxEmailLength = 254;       // RFC 5321 path limit
inline constexpr int kMaxDisplayNameLength = 100; // code points

} // namespace storefront::auth
