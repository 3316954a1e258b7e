#pragma once

#include "LocalizedText.h"
#include "Status.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace feltdialog {

namespace detail {

enum class Need
{
    Required,
    Optional,
};

// Walks a JSON document for the template and quality model parsers and keeps the first problem it
// meets as a Status naming the file, the JSON path and what was expected. Shared by the two
// parsers so their messages read alike; not meant for other callers.
class JsonReader
{
public:
    explicit JsonReader(QString sourceName) : m_source(std::move(sourceName)) {}

    bool failed() const { return !m_status.isOk(); }
    const Status &status() const { return m_status; }

    // Records "<file>: <path>: expected <expected>; found <found>" unless a problem is already
    // recorded; always returns false so a caller can `return r.fail(...)`.
    bool fail(const QString &path, const QString &expected, const QString &found);
    bool fail(const QString &path, const QString &expected, const QJsonValue &found);

    bool parse(const QByteArray &json, QJsonObject *root);
    bool formatVersion(const QJsonObject &root, int supported, const QString &what);
    // Refuses fields that are not in `allowed` so a misspelt key cannot drop content unnoticed.
    // Keys starting with "x-" are the author's own and are ignored.
    bool knownKeys(const QJsonObject &o, const QString &path, const QStringList &allowed);

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out);
    bool array(const QJsonObject &o, const QString &path, const char *key, Need need, bool nonEmpty,
               QJsonArray *out);
    bool string(const QJsonObject &o, const QString &path, const char *key, Need need, QString *out);
    bool id(const QJsonObject &o, const QString &path, const char *key, QString *out);
    bool oneOf(const QJsonObject &o, const QString &path, const char *key, const QStringList &allowed,
               Need need, QString *out);
    bool text(const QJsonObject &o, const QString &path, const char *key, Need need, LocalizedText *out);
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool *out);
    bool integer(const QJsonObject &o, const QString &path, const char *key, int min, int max, Need need,
                 int *out);
    // Remembers the ids of one list (id -> path of first use) and refuses a second use.
    bool unique(QHash<QString, QString> *seen, const QString &id, const QString &path);

    static QString field(const QString &path, const char *key);
    static QString item(const QString &path, qsizetype index);
    static QString describe(const QJsonValue &v);
    static bool isId(const QString &s);

private:
    QString m_source;
    Status m_status;
};

} // namespace detail

} // namespace feltdialog
