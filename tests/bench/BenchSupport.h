#pragma once

#include <QString>
#include <QStringList>
#include <random>
#include <vector>

// What every benchmark here shares: how samples are summarised and printed, and the note texts they
// write. Figures are only ever compared with a baseline measured in the same run, because the
// development machine is shared and its absolute numbers drift by tens of percent.
namespace feltdialog::bench {

struct Summary
{
    qsizetype n = 0;
    double median = 0;
    double p99 = 0;
};

// Nearest-rank percentiles: always a real sample, which stays honest at --quick sample counts.
Summary summarize(std::vector<double> samples);

// A plain fixed-width table, so a run can be pasted into docs/performance.md as it is.
class Table
{
public:
    explicit Table(QString unit) : m_unit(std::move(unit)) {}
    void addSamples(const QString &what, const Summary &s, const QString &note = {});
    void addRatio(const QString &what, double median, double p99, const QString &note = {});
    void addValue(const QString &what, const QString &value, const QString &note = {});
    void print() const;

private:
    struct Row
    {
        QString what, n, median, p99, note;
    };
    QString m_unit;
    QList<Row> m_rows;
};

// "met" / "MISSED by 12%", for a figure that must stay at or below its target.
QString verdict(double value, double target);

// Danish field-note text of a length drawn uniformly from [minChars, maxChars], with æ, ø and å.
QString noteText(std::mt19937 &rng, int minChars, int maxChars);

// The options all benchmarks accept: --quick (CI: a few iterations, just to keep it running) and
// --dir DIR (where databases go; the default is the working directory, on the same disk as the
// build, because a tmpfs /tmp would make fsync free and the save figures meaningless).
struct Options
{
    bool quick = false;
    QString dir;
    QStringList rest;
};
Options parseOptions(int argc, char *argv[]);

} // namespace feltdialog::bench
