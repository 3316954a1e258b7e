#pragma once

#include "Directory.h"
#include "ServerDatabase.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace feltdialog::server {

// The office's administration, as subcommands of feltdialog-server (see docs/server.md). Each
// prints its result plainly on `out`, problems on `err`, and returns the process exit code.
class AdminCommands
{
public:
    static void addOptions(QCommandLineParser &parser);
    static bool isCommand(const QString &name);
    static QString usage();

    AdminCommands(ServerDatabase &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
        : m_db(db), m_args(parser), m_out(out), m_err(err)
    {}

    int run(const QString &command, const QStringList &positional);

private:
    int createTenant();
    int createConsultant();
    int createFacility();
    int importFacilities(const QStringList &files);
    int planVisit();
    int assign();
    int issueCode();
    int listDevices();
    int revokeDevice();
    int createOfficeUser();

    bool require(const QStringList &options);
    // The id given with --option, normalised (Directory::normalizeId); false after saying why.
    // `fallback` is used when the option is not given (empty: it must be).
    bool idOption(const QString &option, Directory::IdKind kind, QString *out, const QString &fallback = {});
    bool idOptions(const QString &option, Directory::IdKind kind, QStringList *out);
    int finish(const Status &status, const QString &done);

    ServerDatabase &m_db;
    const QCommandLineParser &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace feltdialog::server
