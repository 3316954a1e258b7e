#include "BenchSupport.h"

#include <QDir>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace feltdialog::bench {

Summary summarize(std::vector<double> samples)
{
    Summary s;
    s.n = qsizetype(samples.size());
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto k = std::size_t(std::ceil(p * double(samples.size())));
        return samples[std::clamp<std::size_t>(k, 1, samples.size()) - 1];
    };
    s.median = rank(0.5);
    s.p99 = rank(0.99);
    return s;
}

namespace {
QString number(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}
} // namespace

void Table::addSamples(const QString &what, const Summary &s, const QString &note)
{
    m_rows.append({what, QString::number(s.n), number(s.median) + QLatin1Char(' ') + m_unit,
                   number(s.p99) + QLatin1Char(' ') + m_unit, note});
}

void Table::addRatio(const QString &what, double median, double p99, const QString &note)
{
    m_rows.append({what, {}, QString::number(median, 'f', 2), QString::number(p99, 'f', 2), note});
}

void Table::addValue(const QString &what, const QString &value, const QString &note)
{
    m_rows.append({what, {}, value, {}, note});
}

void Table::print() const
{
    qsizetype width = 4;
    for (const Row &r : m_rows)
        width = std::max(width, r.what.size());
    const auto line = [&](const QString &what, const QString &n, const QString &median, const QString &p99,
                          const QString &note) {
        const QString text = QStringLiteral("%1  %2  %3  %4  %5")
                                 .arg(what.leftJustified(width), n.rightJustified(6),
                                      median.rightJustified(12), p99.rightJustified(12), note);
        std::printf("%s\n", qPrintable(text.trimmed()));
    };
    line(QStringLiteral("what"), QStringLiteral("n"), QStringLiteral("median"), QStringLiteral("p99"), {});
    for (const Row &r : m_rows)
        line(r.what, r.n, r.median, r.p99, r.note);
    std::fflush(stdout);
}

QString verdict(double value, double target)
{
    if (value <= target)
        return QStringLiteral("met");
    return QStringLiteral("MISSED by %1%").arg(QString::number((value / target - 1) * 100, 'f', 0));
}

QString noteText(std::mt19937 &rng, int minChars, int maxChars)
{
    static const QStringList sentences = {
        QStringLiteral("Lederen fortæller, at personalet får ekstern supervision hver sjette uge."),
        QStringLiteral("Medarbejderen oplever, at vagtplanen gør det svært at nå borgerne om morgenen."),
        QStringLiteral("Borgeren (initialer J.K.) siger, at der er god tid til samtaler om aftenen."),
        QStringLiteral("Observation: fælleskøkkenet er roligt; to medarbejdere spiser med beboerne."),
        QStringLiteral("Pårørende savner en fast kontaktperson og får svar på mails efter flere dage."),
        QStringLiteral("Sygefraværet er faldet, jf. ledelsens opgørelse for 3. kvartal."),
        QStringLiteral("Magtanvendelser registreres, men gennemgås først på det næste personalemøde."),
        QStringLiteral("Beboerne på 2. sal har selv valgt farverne i opholdsstuen; det er de stolte af."),
        QStringLiteral("Der mangler en skriftlig procedure for medicinhåndtering ved weekendvagter."),
    };
    std::uniform_int_distribution<int> length(minChars, maxChars);
    std::uniform_int_distribution<qsizetype> pick(0, sentences.size() - 1);
    const int target = length(rng);
    QString text;
    text.reserve(target + 100);
    while (text.size() < target) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += sentences.at(pick(rng));
    }
    text.truncate(target);
    return text;
}

Options parseOptions(int argc, char *argv[])
{
    Options o;
    o.dir = QDir::currentPath();
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--quick"))
            o.quick = true;
        else if (arg == QLatin1String("--dir") && i + 1 < argc)
            o.dir = QString::fromLocal8Bit(argv[++i]);
        else
            o.rest << arg;
    }
    return o;
}

} // namespace feltdialog::bench
