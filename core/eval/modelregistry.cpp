#include "eval/modelregistry.h"

#include "recsys/ensemble.h"

namespace storefront::eval {

ModelRegistry ModelRegistry::defaults()
{
    ModelRegistry registry;
    for (const QString &name : recsys::recommenderNames())
        registry.add(name, [name] { return recsys::createRecommender(name); });
    registry.add(QStringLiteral("hybrid"),
                 [] { return std::make_unique<recsys::Ensemble>(recsys::Ensemble::Mode::Fixed); });
    registry.add(QStringLiteral("ensemble"), [] {
        return std::make_unique<recsys::Ensemble>(recsys::Ensemble::Mode::Learned);
    });
    return registry;
}

void ModelRegistry::add(const QString &name, Factory factory)
{
    for (Entry &e : m_entries)
        if (e.name == name) {
            e.factory = std::move(factory);
            return;
        }
    m_entries.push_back({name, std::move(factory)});
}

QStringList ModelRegistry::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

bool ModelRegistry::contains(const QString &name) const
{
    return names().contains(name);
}

Status ModelRegistry::check(const QStringList &names) const
{
    for (const QString &name : names)
        if (!contains(name))
            return fail(QStringLiteral("unknown model \"%1\"; known models: %2")
                            .arg(name, this->names().join(QStringLiteral(", "))));
    return {};
}

Result<std::unique_ptr<recsys::Recommender>> ModelRegistry::create(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name) {
            auto model = e.factory();
            if (!model)
                return fail(QStringLiteral("model \"%1\" could not be created").arg(name));
            return model;
        }
    if (Status s = check({name}); !s)
        return s.error();
    return fail(QStringLiteral("unknown model \"%1\"").arg(name));
}

} // namespace storefront::eval
