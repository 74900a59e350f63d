#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storefront::recsys {

/// One tunable of a model, as `storefront-cli models` lists it and `MODEL.KEY=VALUE` sets it.
struct ParameterSpec
{
    enum class Kind
    {
        Integer,
        Real,
        Choice
    };

    QString key; ///< short key, e.g. "factors" (the qualified key is "als.factors")
    Kind kind = Kind::Real;
    QString defaultValue;
    double minimum = 0.0; ///< inclusive, for Integer and Real
    double maximum = 0.0; ///< inclusive, for Integer and Real
    QStringList choices;  ///< for Choice
    QString description;

    [[nodiscard]] static ParameterSpec integer(QString key, int value, int minimum, int maximum,
                                               QString description);
    [[nodiscard]] static ParameterSpec real(QString key, double value, double minimum,
                                            double maximum, QString description);
    [[nodiscard]] static ParameterSpec choice(QString key, QString value, QStringList choices,
                                              QString description);
};

/// A model's parameter values, validated against its specs. Values are kept as text exactly as
/// set (so they save and print losslessly) and parsed on access.
class Parameters
{
public:
    Parameters() = default;
    Parameters(QString model, std::vector<ParameterSpec> specs);

    /// Sets `key` ("factors" or "als.factors") to `value`. Refuses an unknown key, a value that
    /// does not parse, or one outside the spec's range, with an Error whose `where` is the
    /// qualified key. The stored value is unchanged on failure.
    Status set(const QString &key, const QString &value);

    [[nodiscard]] QString value(const QString &key) const;
    [[nodiscard]] double real(const QString &key) const { return value(key).toDouble(); }
    [[nodiscard]] int integer(const QString &key) const { return value(key).toInt(); }

    [[nodiscard]] const QString &model() const { return m_model; }
    [[nodiscard]] const std::vector<ParameterSpec> &specs() const { return m_specs; }
    /// "als.factors=64" for every parameter, in spec order.
    [[nodiscard]] QStringList toStrings() const;

private:
    [[nodiscard]] int find(const QString &key) const;

    QString m_model;
    std::vector<ParameterSpec> m_specs;
    std::vector<QString> m_values;
};

} // namespace storefront::recsys
