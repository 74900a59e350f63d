#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace storefront::recsys {
class Recommender;
}

namespace storefront::eval {

/// The models an experiment may name, each with a factory. The default registry holds every
/// model of recsys::createRecommender() plus `hybrid` and `ensemble` (recsys::Ensemble).
class ModelRegistry
{
public:
    using Factory = std::function<std::unique_ptr<recsys::Recommender>()>;

    /// popularity, content, user-knn, item-knn, mf, als, bpr, ease, hybrid, ensemble.
    [[nodiscard]] static ModelRegistry defaults();

    /// Adds (or replaces) a model.
    void add(const QString &name, Factory factory);
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool contains(const QString &name) const;

    /// A new, unfitted model; an "unknown model" Error listing the known names otherwise.
    [[nodiscard]] Result<std::unique_ptr<recsys::Recommender>> create(const QString &name) const;
    /// Checks that every name is known (same Error as create()).
    [[nodiscard]] Status check(const QStringList &names) const;

private:
    struct Entry
    {
        QString name;
        Factory factory;
    };
    std::vector<Entry> m_entries;
};

} // namespace storefront::eval
