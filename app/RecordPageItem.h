#pragma once

#include "RecordExport.h"

#include <QPointer>
#include <QQuickPaintedItem>

namespace feltdialog {

// One page of the open visit's record on screen, painted from the laid-out record in memory
// (RecordExport), so showing the record writes nothing to disk.
class RecordPageItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    // The RecordExport singleton (as QObject: qmllint cannot type a property by a singleton)
    Q_PROPERTY(QObject *record READ record WRITE setRecord NOTIFY recordChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
public:
    explicit RecordPageItem(QQuickItem *parent = nullptr);

    QObject *record() const { return m_record; }
    void setRecord(QObject *record);
    int page() const { return m_page; }
    void setPage(int page);

    void paint(QPainter *painter) override;

signals:
    void recordChanged();
    void pageChanged();

private:
    QPointer<RecordExport> m_record;
    int m_page = 0;
};

} // namespace feltdialog
