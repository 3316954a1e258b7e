#pragma once

#include "OpenVisit.h"
#include "QmlSingleton.h"
#include "RecordModel.h"

#include <QImage>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QPainter;

namespace feltdialog {

class RecordPages;

// The record of the open visit, from the same sealed log the visit page shows. On the tablet it
// is shown, page by page, painted in memory (RecordPageItem): nothing of it is written to a file
// until the consultant chooses where to send one, because a file is plain text outside the PIN's
// protection. Saving writes PDF/A for the case file (record/RecordPdf) or JSON for other systems
// (core/RecordJson) to the place the platform's save dialog returned, and nowhere else.
class RecordExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(RecordExport)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY recordChanged)
    Q_PROPERTY(qreal pageAspect READ pageAspect NOTIFY recordChanged) // height / width
    Q_PROPERTY(bool draft READ draft NOTIFY recordChanged)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY recordChanged) // without suffix
    Q_PROPERTY(QUrl suggestedFolder READ suggestedFolder CONSTANT)            // where the save dialog starts
    Q_PROPERTY(QStringList leftoverFiles READ leftoverFiles NOTIFY leftoversChanged)
public:
    RecordExport(Workspace *workspace, OpenVisit *visit, QObject *parent = nullptr);
    ~RecordExport() override;

    // Lays the open visit's record out for the record view; returns "" or a sentence saying what
    // went wrong.
    Q_INVOKABLE QString prepare();
    // Forgets the laid-out record (the view closed): it holds the visit's words in memory.
    Q_INVOKABLE void release();
    // Writes the record where the save dialog said: JSON when the name ends in .json, PDF
    // otherwise. Returns a sentence for the person: what was saved, or what went wrong.
    Q_INVOKABLE QString saveTo(const QUrl &target);
    // Files an earlier version wrote in plain text into the app's folder whose visit has left the
    // tablet are removed; the rest are listed (leftoverFiles) until their visit leaves.
    Q_INVOKABLE void removeLeftovers();

    int pageCount() const;
    qreal pageAspect() const;
    bool draft() const { return m_record.draft; }
    QString suggestedName() const;
    QUrl suggestedFolder() const;
    QStringList leftoverFiles() const { return m_leftovers; }

    // Paints page `index` scaled into `size` (RecordPageItem, on the render thread while the GUI
    // thread is blocked).
    void paintPage(QPainter &painter, int index, const QSizeF &size) const;

    QString leftoverFolder() const; // where earlier versions saved records

signals:
    void recordChanged();
    void leftoversChanged();

private:
    bool build(VisitRecord *record) const;

    Workspace *m_workspace;
    OpenVisit *m_visit;
    VisitRecord m_record;
    QImage m_metrics; // the device the view's pages are laid out for
    std::unique_ptr<RecordPages> m_pages;
    QStringList m_leftovers;
};

} // namespace feltdialog
