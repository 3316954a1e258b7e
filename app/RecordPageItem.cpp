#include "RecordPageItem.h"

#include <QPainter>

namespace feltdialog {

RecordPageItem::RecordPageItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setFillColor(Qt::white);
    setAntialiasing(true);
}

void RecordPageItem::setRecord(QObject *object)
{
    auto *record = qobject_cast<RecordExport *>(object);
    if (m_record == record)
        return;
    if (m_record)
        disconnect(m_record, nullptr, this, nullptr);
    m_record = record;
    if (m_record)
        connect(m_record, &RecordExport::recordChanged, this, [this] { update(); });
    emit recordChanged();
    update();
}

void RecordPageItem::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
    update();
}

void RecordPageItem::paint(QPainter *painter)
{
    if (m_record)
        m_record->paintPage(*painter, m_page, size());
}

} // namespace feltdialog
