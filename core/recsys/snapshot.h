#pragma once

#include "common/result.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

class QIODevice;

namespace storefront::recsys {

/// The versioned binary snapshot every model saves (little-endian throughout):
///
///   offset  size  field
///   0       8     magic "SFRECSYS"
///   8       4     format version (kSnapshotVersion)
///   12      4     reserved, 0
///   16      8     payload length in bytes (at most kMaxSnapshotBytes and the bytes left in
///                 the file)
///   24      8     FNV-1a 64 checksum of the payload
///   32      ...   payload: model name, parameters, id maps, training rows, model state
///
/// The header is validated and the checksum verified before anything in the payload is
/// parsed; every length inside the payload is bounded by the bytes that remain, so a
/// truncated, corrupt or foreign file is refused with an Error and never read out of bounds.
inline constexpr char kSnapshotMagic[8] = {'S', 'F', 'R', 'E', 'C', 'S', 'Y', 'S'};
inline constexpr std::uint32_t kSnapshotVersion = 1;
inline constexpr std::uint64_t kMaxSnapshotBytes = 16ULL << 30;

/// FNV-1a, 64 bit.
[[nodiscard]] std::uint64_t fnv1a64(const char *data, size_t size);

using SparseRowMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor, int>;
using DenseRowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Appends little-endian fields to an in-memory payload.
class SnapshotWriter
{
public:
    template <typename T> void pod(const T &value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof(T));
    }
    void string(const QString &text);
    template <typename T> void vector(const std::vector<T> &values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        pod<std::uint64_t>(values.size());
        m_bytes.append(reinterpret_cast<const char *>(values.data()),
                       static_cast<qsizetype>(values.size() * sizeof(T)));
    }
    void dense(const DenseRowMatrix &m);
    void dense(const Eigen::VectorXf &v);
    void sparse(const SparseRowMatrix &m);

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

    /// Writes header + payload to `device`.
    [[nodiscard]] Status writeTo(QIODevice &device) const;

private:
    QByteArray m_bytes;
};

/// Reads fields back with bounds checks; the first failure sticks and is reported by status().
class SnapshotReader
{
public:
    /// Reads and validates the header, the length and the checksum from `device`.
    [[nodiscard]] static Result<SnapshotReader> open(QIODevice &device);
    explicit SnapshotReader(QByteArray payload)
        : m_bytes(std::move(payload))
    {}

    template <typename T> T pod()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (need(sizeof(T))) {
            std::memcpy(&value, m_bytes.constData() + m_pos, sizeof(T));
            m_pos += sizeof(T);
        }
        return value;
    }
    QString string();
    template <typename T> std::vector<T> vector()
    {
        const auto count = pod<std::uint64_t>();
        std::vector<T> values;
        if (!ok() || count > remaining() / sizeof(T)) {
            setError(QStringLiteral("array length out of bounds"));
            return values;
        }
        values.resize(count);
        if (count > 0) // an empty vector's data() may be null, which memcpy must not get
            std::memcpy(values.data(), m_bytes.constData() + m_pos, count * sizeof(T));
        m_pos += count * sizeof(T);
        return values;
    }
    DenseRowMatrix denseMatrix();
    Eigen::VectorXf denseVector();
    SparseRowMatrix sparse();

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] bool atEnd() const { return m_pos == static_cast<size_t>(m_bytes.size()); }
    void setError(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    /// Ok, or the first error with where = "snapshot".
    [[nodiscard]] Status status() const;

private:
    [[nodiscard]] size_t remaining() const { return static_cast<size_t>(m_bytes.size()) - m_pos; }
    bool need(size_t n)
    {
        if (!ok())
            return false;
        if (n > remaining()) {
            setError(QStringLiteral("unexpected end of data"));
            return false;
        }
        return true;
    }

    QByteArray m_bytes;
    size_t m_pos = 0;
    QString m_error;
};

} // namespace storefront::recsys
