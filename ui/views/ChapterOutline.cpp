// SPDX-License-Identifier: GPL-2.0-only
#include "views/ChapterOutline.h"

#include "i18n/CoreText.h"

#include <QAbstractListModel>
#include <QFont>

namespace vmviz::ui {

/// The chapters of a run, read from its DetailIndex (no copy: 100 000 lines stay cheap).
class ChapterListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setRun(std::shared_ptr<const RunIndex> index)
    {
        beginResetModel();
        m_index = std::move(index);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !m_index ? 0 : static_cast<int>(m_index->detail().chapters().size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const ChapterMark& chapter = m_index->detail().chapters()[static_cast<std::size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(chapterLabel(chapter, coreTextTranslator()));
        case Qt::ToolTipRole:
            return QObject::tr("Step %1: %2")
                .arg(chapter.step)
                .arg(QString::fromStdString(chapterLabel(chapter, coreTextTranslator())));
        case Qt::FontRole:
            if (chapter.kind == ChapterMark::Kind::Lesson) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::UserRole:
            return QVariant::fromValue<qulonglong>(chapter.step);
        default:
            return {};
        }
    }

private:
    std::shared_ptr<const RunIndex> m_index;
};

ChapterOutline::ChapterOutline(QWidget* parent) : QListView(parent), m_model(new ChapterListModel(this))
{
    setModel(m_model);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Chapters"));
    setAccessibleDescription(
        tr("Each scenario line and lesson chapter; PageUp and PageDown move between them"));
    setToolTip(tr("Chapters: each scenario line (PageUp / PageDown)"));
    m_baseFontPoints = font().pointSizeF();
    const auto jump = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT positionRequested(index.data(Qt::UserRole).toULongLong());
    };
    connect(this, &QListView::clicked, this, jump);
    connect(this, &QListView::activated, this, jump);
}

QSize ChapterOutline::sizeHint() const
{
    return QSize(260, QListView::sizeHint().height());
}

void ChapterOutline::setRun(const std::shared_ptr<const RunIndex>& index)
{
    m_index = index;
    m_model->setRun(index);
}

int ChapterOutline::currentChapterRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ChapterOutline::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!m_index || !snapshot)
        return;
    const auto chapter = m_index->detail().chapterAt(snapshot->step.position);
    if (!chapter) {
        clearSelection();
        setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex index = m_model->index(static_cast<int>(*chapter));
    if (index != currentIndex()) {
        setCurrentIndex(index);
        scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

void ChapterOutline::setPresentationScale(double scale)
{
    QFont f = font();
    f.setPointSizeF(m_baseFontPoints * scale);
    setFont(f);
}

} // namespace vmviz::ui
