#pragma once

#include <QString>

namespace feltdialog {

// The outcome of an operation a program can meet: a code to branch on plus detail for the log.
// Sentences for people are made from the code in the app layer, in Danish and English.
class Status
{
public:
    enum Code
    {
        Ok,
        DiskFull,        // SQLITE_FULL: nothing was written; retry when space returns
        NotADatabase,    // the file is not SQLite at all (or is encrypted by something else)
        ForeignDatabase, // a SQLite file that belongs to another program
        Corrupt,         // SQLite reports damage
        TooNew,          // written by a newer Feltdialog; we must not touch it
        Io,              // any other I/O error from the OS
        Invalid,         // the caller asked for something the log does not allow
        NotFound,
        Locked,   // the data key is not in memory: the person has not unlocked with the PIN
        WrongPin, // the PIN did not open the data key
        TryLater, // too many wrong PINs: the next try is allowed after a delay (detail: ms)
        Tampered, // sealed content failed its authenticity check: altered, swapped or truncated
    };

    Status() = default;
    Status(Code code, QString detail) : m_code(code), m_detail(std::move(detail)) {}
    static Status ok() { return {}; }

    bool isOk() const { return m_code == Ok; }
    Code code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    QString codeName() const;

private:
    Code m_code = Ok;
    QString m_detail;
};

} // namespace feltdialog
