#include "recsys/parameters.h"

#include <cmath>

namespace storefront::recsys {

ParameterSpec ParameterSpec::integer(QString key, int value, int minimum, int maximum,
                                     QString description)
{
    return {std::move(key),        Kind::Integer,   QString::number(value),
            double(minimum),       double(maximum), {},
            std::move(description)};
}

ParameterSpec ParameterSpec::real(QString key, double value, double minimum, double maximum,
                                  QString description)
{
    return {std::move(key), Kind::Real, QString::number(value), minimum,
            maximum,        {},         std::move(description)};
}

ParameterSpec ParameterSpec::choice(QString key, QString value, QStringList choices,
                                    QString description)
{
    return {std::move(key),     Kind::Choice,          std::move(value), 0.0, 0.0,
            std::move(choices), std::move(description)};
}

Parameters::Parameters(QString model, std::vector<ParameterSpec> specs)
    : m_model(std::move(model))
    , m_specs(std::move(specs))
{
    for (const auto &s : m_specs)
        m_values.push_back(s.defaultValue);
}

int Parameters::find(const QString &key) const
{
    QString shortKey = key;
    const QString prefix = m_model + QLatin1Char('.');
    if (shortKey.startsWith(prefix))
        shortKey = shortKey.mid(prefix.size());
    for (size_t k = 0; k < m_specs.size(); ++k)
        if (m_specs[k].key == shortKey)
            return static_cast<int>(k);
    return -1;
}

Status Parameters::set(const QString &key, const QString &text)
{
    const int index = find(key);
    if (index < 0)
        return fail(QStringLiteral("unknown parameter of model %1").arg(m_model), key);
    const ParameterSpec &spec = m_specs[static_cast<size_t>(index)];
    const QString where = m_model + QLatin1Char('.') + spec.key;
    const QString value = text.trimmed();
    switch (spec.kind) {
    case ParameterSpec::Kind::Integer: {
        bool ok = false;
        const qlonglong v = value.toLongLong(&ok);
        if (!ok || double(v) < spec.minimum || double(v) > spec.maximum)
            return fail(QStringLiteral("must be an integer from %1 to %2, got \"%3\"")
                            .arg(spec.minimum)
                            .arg(spec.maximum)
                            .arg(text),
                        where);
        break;
    }
    case ParameterSpec::Kind::Real: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < spec.minimum || v > spec.maximum)
            return fail(QStringLiteral("must be a number from %1 to %2, got \"%3\"")
                            .arg(spec.minimum)
                            .arg(spec.maximum)
                            .arg(text),
                        where);
        break;
    }
    case ParameterSpec::Kind::Choice:
        if (!spec.choices.contains(value))
            return fail(QStringLiteral("must be one of %1, got \"%2\"")
                            .arg(spec.choices.join(QStringLiteral(", ")), text),
                        where);
        break;
    }
    m_values[static_cast<size_t>(index)] = value;
    return {};
}

QString Parameters::value(const QString &key) const
{
    const int index = find(key);
    return index < 0 ? QString() : m_values[static_cast<size_t>(index)];
}

QStringList Parameters::toStrings() const
{
    QStringList out;
    for (size_t k = 0; k < m_specs.size(); ++k)
        out.push_back(m_model + QLatin1Char('.') + m_specs[k].key + QLatin1Char('=') + m_values[k]);
    return out;
}

} // namespace storefront::recsys
