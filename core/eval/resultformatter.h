#pragma once

#include "common/result.h"
#include "eval/experimentrunner.h"

#include <QString>

namespace storefront::eval {

/// Writes an ExperimentResult as an aligned text table, JSON or CSV.
///
/// Columns, in order: model, precision, recall, f1, ndcg, map, mrr, hit_rate, coverage,
/// diversity (only with item features), novelty, rmse and mae (only when a model predicts
/// ratings; empty / "-" / absent for the others), train_seconds, recommend_seconds, users.
/// JSON: {"k": 10, "results": [{"model": "ease", "precision": 0.22, ...}, ...]}.
class ResultFormatter
{
public:
    enum class Format
    {
        Table,
        Json,
        Csv
    };

    [[nodiscard]] static Result<Format> parseFormat(const QString &name);
    [[nodiscard]] static QString format(const ExperimentResult &result, Format format);
    /// The precision/recall-versus-k curves as CSV: model,k,precision,recall.
    [[nodiscard]] static QString curvesCsv(const ExperimentResult &result);
};

} // namespace storefront::eval
