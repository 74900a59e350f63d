#include "recsys/snapshot.h"

#include <QIODevice>

#include <limits>

namespace storefront::recsys {

namespace {

// memcpy must not get a null pointer even for zero bytes, and an empty matrix's data() is null.
void copyBytes(void *to, const void *from, size_t bytes)
{
    if (bytes > 0)
        std::memcpy(to, from, bytes);
}

} // namespace

namespace {
constexpr qint64 kHeaderSize = 32;

QString where()
{
    return QStringLiteral("snapshot");
}
} // namespace

std::uint64_t fnv1a64(const char *data, size_t size)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (size_t i = 0; i < size; ++i) {
        hash ^= static_cast<unsigned char>(data[i]);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

void SnapshotWriter::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    pod<std::uint32_t>(static_cast<std::uint32_t>(utf8.size()));
    m_bytes.append(utf8);
}

void SnapshotWriter::dense(const DenseRowMatrix &m)
{
    pod<std::uint64_t>(static_cast<std::uint64_t>(m.rows()));
    pod<std::uint64_t>(static_cast<std::uint64_t>(m.cols()));
    m_bytes.append(reinterpret_cast<const char *>(m.data()),
                   static_cast<qsizetype>(m.size() * sizeof(float)));
}

void SnapshotWriter::dense(const Eigen::VectorXf &v)
{
    pod<std::uint64_t>(static_cast<std::uint64_t>(v.size()));
    m_bytes.append(reinterpret_cast<const char *>(v.data()),
                   static_cast<qsizetype>(v.size() * sizeof(float)));
}

void SnapshotWriter::sparse(const SparseRowMatrix &matrix)
{
    SparseRowMatrix m = matrix;
    m.makeCompressed();
    pod<std::uint64_t>(static_cast<std::uint64_t>(m.rows()));
    pod<std::uint64_t>(static_cast<std::uint64_t>(m.cols()));
    pod<std::uint64_t>(static_cast<std::uint64_t>(m.nonZeros()));
    const auto nnz = static_cast<qsizetype>(m.nonZeros());
    m_bytes.append(reinterpret_cast<const char *>(m.outerIndexPtr()),
                   static_cast<qsizetype>((m.rows() + 1) * sizeof(int)));
    m_bytes.append(reinterpret_cast<const char *>(m.innerIndexPtr()),
                   static_cast<qsizetype>(nnz * static_cast<qsizetype>(sizeof(int))));
    m_bytes.append(reinterpret_cast<const char *>(m.valuePtr()),
                   static_cast<qsizetype>(nnz * static_cast<qsizetype>(sizeof(float))));
}

Status SnapshotWriter::writeTo(QIODevice &device) const
{
    QByteArray header;
    header.append(kSnapshotMagic, sizeof(kSnapshotMagic));
    auto put = [&header](auto value) {
        header.append(reinterpret_cast<const char *>(&value), sizeof(value));
    };
    put(kSnapshotVersion);
    put(std::uint32_t{0});
    put(static_cast<std::uint64_t>(m_bytes.size()));
    put(fnv1a64(m_bytes.constData(), static_cast<size_t>(m_bytes.size())));
    if (device.write(header) != header.size() || device.write(m_bytes) != m_bytes.size())
        return fail(QStringLiteral("cannot write: %1").arg(device.errorString()), where());
    return {};
}

Result<SnapshotReader> SnapshotReader::open(QIODevice &device)
{
    const QByteArray header = device.read(kHeaderSize);
    if (header.size() < static_cast<qsizetype>(sizeof(kSnapshotMagic)) ||
        std::memcmp(header.constData(), kSnapshotMagic, sizeof(kSnapshotMagic)) != 0)
        return fail(QStringLiteral("not a Storefront model snapshot (bad magic bytes)"), where());
    if (header.size() < kHeaderSize)
        return fail(QStringLiteral("truncated header"), where());
    std::uint32_t version = 0;
    std::uint64_t length = 0;
    std::uint64_t checksum = 0;
    std::memcpy(&version, header.constData() + 8, 4);
    std::memcpy(&length, header.constData() + 16, 8);
    std::memcpy(&checksum, header.constData() + 24, 8);
    if (version != kSnapshotVersion)
        return fail(QStringLiteral("unsupported format version %1 (this build reads %2)")
                        .arg(version)
                        .arg(kSnapshotVersion),
                    where());
    if (length > kMaxSnapshotBytes)
        return fail(QStringLiteral("payload length %1 exceeds the limit").arg(length), where());
    if (!device.isSequential()) {
        const qint64 left = device.size() - device.pos();
        if (left < 0 || static_cast<std::uint64_t>(left) < length)
            return fail(QStringLiteral("truncated: header announces %1 payload bytes, %2 remain")
                            .arg(length)
                            .arg(left),
                        where());
    }
    // Only now is a buffer sized from the file allocated: the length was bounded above.
    QByteArray payload = device.read(static_cast<qint64>(length));
    if (static_cast<std::uint64_t>(payload.size()) != length)
        return fail(QStringLiteral("truncated payload"), where());
    if (fnv1a64(payload.constData(), static_cast<size_t>(payload.size())) != checksum)
        return fail(QStringLiteral("checksum mismatch: the file is corrupt"), where());
    return SnapshotReader(std::move(payload));
}

QString SnapshotReader::string()
{
    const auto size = pod<std::uint32_t>();
    if (!need(size))
        return {};
    QString text = QString::fromUtf8(m_bytes.constData() + m_pos, size);
    m_pos += size;
    return text;
}

DenseRowMatrix SnapshotReader::denseMatrix()
{
    const auto rows = pod<std::uint64_t>();
    const auto cols = pod<std::uint64_t>();
    if (!ok())
        return {};
    if (rows > std::numeric_limits<int>::max() || cols > std::numeric_limits<int>::max() ||
        (cols != 0 && rows > remaining() / sizeof(float) / cols)) {
        setError(QStringLiteral("matrix size out of bounds"));
        return {};
    }
    DenseRowMatrix m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    copyBytes(m.data(), m_bytes.constData() + m_pos, rows * cols * sizeof(float));
    m_pos += rows * cols * sizeof(float);
    return m;
}

Eigen::VectorXf SnapshotReader::denseVector()
{
    const auto size = pod<std::uint64_t>();
    if (!ok())
        return {};
    if (size > remaining() / sizeof(float)) {
        setError(QStringLiteral("vector size out of bounds"));
        return {};
    }
    Eigen::VectorXf v(static_cast<Eigen::Index>(size));
    copyBytes(v.data(), m_bytes.constData() + m_pos, size * sizeof(float));
    m_pos += size * sizeof(float);
    return v;
}

SparseRowMatrix SnapshotReader::sparse()
{
    const auto rows = pod<std::uint64_t>();
    const auto cols = pod<std::uint64_t>();
    const auto nnz = pod<std::uint64_t>();
    if (!ok())
        return {};
    constexpr std::uint64_t kMaxDim = std::numeric_limits<int>::max() - 1;
    if (rows > kMaxDim || cols > kMaxDim || nnz > kMaxDim ||
        (rows + 1) * sizeof(int) + nnz * (sizeof(int) + sizeof(float)) > remaining()) {
        setError(QStringLiteral("sparse matrix size out of bounds"));
        return {};
    }
    std::vector<int> outer(rows + 1);
    std::vector<int> inner(nnz);
    std::vector<float> values(nnz);
    copyBytes(outer.data(), m_bytes.constData() + m_pos, outer.size() * sizeof(int));
    m_pos += outer.size() * sizeof(int);
    copyBytes(inner.data(), m_bytes.constData() + m_pos, nnz * sizeof(int));
    m_pos += nnz * sizeof(int);
    copyBytes(values.data(), m_bytes.constData() + m_pos, nnz * sizeof(float));
    m_pos += nnz * sizeof(float);
    // Validate structure before handing it to Eigen: monotone outer index, inner in range and
    // strictly increasing within a row.
    if (outer.front() != 0 || static_cast<std::uint64_t>(outer.back()) != nnz) {
        setError(QStringLiteral("sparse matrix index corrupt"));
        return {};
    }
    for (size_t r = 0; r < rows; ++r) {
        if (outer[r] > outer[r + 1]) {
            setError(QStringLiteral("sparse matrix index corrupt"));
            return {};
        }
        for (int k = outer[r]; k < outer[r + 1]; ++k) {
            const int c = inner[static_cast<size_t>(k)];
            if (c < 0 || static_cast<std::uint64_t>(c) >= cols ||
                (k > outer[r] && c <= inner[static_cast<size_t>(k - 1)])) {
                setError(QStringLiteral("sparse matrix index corrupt"));
                return {};
            }
        }
    }
    SparseRowMatrix m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    m.resizeNonZeros(static_cast<Eigen::Index>(nnz));
    std::memcpy(m.outerIndexPtr(), outer.data(), outer.size() * sizeof(int));
    if (nnz > 0) {
        std::memcpy(m.innerIndexPtr(), inner.data(), nnz * sizeof(int));
        std::memcpy(m.valuePtr(), values.data(), nnz * sizeof(float));
    }
    return m;
}

Status SnapshotReader::status() const
{
    if (ok())
        return {};
    return fail(m_error, where());
}

} // namespace storefront::recsys
