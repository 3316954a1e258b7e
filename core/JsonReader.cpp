#include "JsonReader.h"

#include <QJsonDocument>

namespace feltdialog {

const QString &LocalizedText::in(const QString &language) const
{
    if (language == QLatin1String("en") && !en.isEmpty())
        return en;
    return da.isEmpty() ? en : da;
}

namespace detail {

namespace {
QString quoted(const QString &s)
{
    // Long values are cut so one bad paragraph does not bury the rest of the message.
    constexpr qsizetype limit = 60;
    const QString shown = s.size() > limit ? s.left(limit) + QStringLiteral("…") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}
} // namespace

bool JsonReader::fail(const QString &path, const QString &expected, const QString &found)
{
    if (m_status.isOk())
        m_status =
            Status(Status::Invalid,
                   QStringLiteral("%1: %2: expected %3; found %4").arg(m_source, path, expected, found));
    return false;
}

bool JsonReader::fail(const QString &path, const QString &expected, const QJsonValue &found)
{
    return fail(path, expected, describe(found));
}

bool JsonReader::parse(const QByteArray &json, QJsonObject *root)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column as well as the offset: authors fix templates in a text editor.
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return fail(QStringLiteral("offset %1 (line %2, column %3)").arg(error.offset).arg(line).arg(column),
                    QStringLiteral("valid JSON"),
                    QStringLiteral("a syntax error (%1)").arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("$"), QStringLiteral("an object"),
                    doc.isArray() ? QStringLiteral("an array") : QStringLiteral("nothing"));
    *root = doc.object();
    return true;
}

bool JsonReader::formatVersion(const QJsonObject &root, int supported, const QString &what)
{
    const QJsonValue v = root.value(QLatin1String("formatVersion"));
    const QString path = QStringLiteral("$.formatVersion");
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 1)
        return fail(path,
                    QStringLiteral("the %1 format version, a whole number (this build reads %2)")
                        .arg(what)
                        .arg(supported),
                    v);
    if (v.toDouble() > supported) {
        // A newer app wrote it: refusing is safer than reading half of it, and the code tells the
        // app to say "update Feltdialog" rather than "the file is broken".
        m_status = Status(Status::TooNew, QStringLiteral("%1: %2: expected %3 format version %4 or older "
                                                         "(a newer Feltdialog is needed); found %5")
                                              .arg(m_source, path, what)
                                              .arg(supported)
                                              .arg(describe(v)));
        return false;
    }
    return true;
}

bool JsonReader::knownKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(QLatin1String("x-")) || allowed.contains(it.key()))
            continue;
        return fail(path + QLatin1Char('.') + it.key(),
                    QStringLiteral("one of the fields %1").arg(allowed.join(QStringLiteral(", "))),
                    QStringLiteral("an unknown field"));
    }
    return true;
}

bool JsonReader::object(const QJsonValue &v, const QString &path, QJsonObject *out)
{
    if (!v.isObject())
        return fail(path, QStringLiteral("an object"), v);
    *out = v.toObject();
    return true;
}

bool JsonReader::array(const QJsonObject &o, const QString &path, const char *key, Need need, bool nonEmpty,
                       QJsonArray *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && need == Need::Optional) {
        *out = {};
        return true;
    }
    const QString expected = nonEmpty ? QStringLiteral("a non-empty array") : QStringLiteral("an array");
    if (!v.isArray() || (nonEmpty && v.toArray().isEmpty()))
        return fail(field(path, key), expected, v.isArray() ? QStringLiteral("an empty array") : describe(v));
    *out = v.toArray();
    return true;
}

bool JsonReader::string(const QJsonObject &o, const QString &path, const char *key, Need need, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && need == Need::Optional) {
        out->clear();
        return true;
    }
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(field(path, key), QStringLiteral("a non-empty string"), v);
    *out = v.toString();
    return true;
}

bool JsonReader::id(const QJsonObject &o, const QString &path, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || !isId(v.toString()))
        return fail(field(path, key),
                    QStringLiteral("an id of lowercase letters a-z, digits, \"-\", \"_\" or \".\""), v);
    *out = v.toString();
    return true;
}

bool JsonReader::oneOf(const QJsonObject &o, const QString &path, const char *key, const QStringList &allowed,
                       Need need, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && need == Need::Optional) {
        out->clear();
        return true;
    }
    if (!v.isString() || !allowed.contains(v.toString()))
        return fail(field(path, key), QStringLiteral("one of %1").arg(allowed.join(QStringLiteral(", "))), v);
    *out = v.toString();
    return true;
}

bool JsonReader::text(const QJsonObject &o, const QString &path, const char *key, Need need,
                      LocalizedText *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && need == Need::Optional) {
        *out = {};
        return true;
    }
    const QString at = field(path, key);
    if (!v.isObject())
        return fail(at, QStringLiteral("an object with the texts \"da\" and \"en\""), v);
    const QJsonObject t = v.toObject();
    LocalizedText parsed;
    if (!knownKeys(t, at, {QStringLiteral("da"), QStringLiteral("en")}) ||
        !string(t, at, "da", Need::Required, &parsed.da) || !string(t, at, "en", Need::Optional, &parsed.en))
        return false;
    *out = parsed;
    return true;
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true; // the caller's default stands
    if (!v.isBool())
        return fail(field(path, key), QStringLiteral("true or false"), v);
    *out = v.toBool();
    return true;
}

bool JsonReader::integer(const QJsonObject &o, const QString &path, const char *key, int min, int max,
                         Need need, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && need == Need::Optional)
        return true;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
        return fail(field(path, key), QStringLiteral("a whole number from %1 to %2").arg(min).arg(max), v);
    *out = static_cast<int>(d);
    return true;
}

bool JsonReader::unique(QHash<QString, QString> *seen, const QString &id, const QString &path)
{
    const auto first = seen->constFind(id);
    if (first != seen->constEnd())
        return fail(path, QStringLiteral("an id not used before in this list (first used at %1)").arg(*first),
                    quoted(id));
    seen->insert(id, path);
    return true;
}

QString JsonReader::field(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonReader::item(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString JsonReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    }
    return QStringLiteral("something else");
}

bool JsonReader::isId(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    return pattern.match(s).hasMatch();
}

} // namespace detail

} // namespace feltdialog
