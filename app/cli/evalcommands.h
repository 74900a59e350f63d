#pragma once

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

/// The offline-evaluation commands of storefront-cli (issue #5): evaluate, recommend, train,
/// tune, split and models. commands.cpp registers them; everything else lives here.
namespace storefront::cli::evalcli {

/// Adds the options these commands read (--train, --test, --k, --models, ...).
void addOptions(QCommandLineParser &parser);

int evaluate(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
             QTextStream &err);
int recommend(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
              QTextStream &err);
int train(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
          QTextStream &err);
int tune(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
         QTextStream &err);
/// Writes the train/test split of --data/--split/--seed as CSV files (for an outside check).
int split(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
          QTextStream &err);
int models(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
           QTextStream &err);

} // namespace storefront::cli::evalcli
