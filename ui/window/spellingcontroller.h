#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLabel;
class QMenu;
class QWidget;

namespace rolelens {

class AnalysisController;
class PostingEditor;
class SpellChecker;
struct EditorSettings;

/// Spelling in the window: the language chosen in Tools › Spelling Language, the checker
/// given to the editor and the analysis, the personal dictionary and the status-bar label.
class SpellingController : public QObject
{
    Q_OBJECT

public:
    SpellingController(EditorSettings &settings, PostingEditor *editor,
                       AnalysisController *analysis, QWidget *parent);

    /// The status-bar label that says which language checks the text.
    [[nodiscard]] QLabel *label() const { return m_label; }
    /// Fills \a menu with Off and the installed languages each time it opens.
    void attachLanguageMenu(QMenu *menu);
    /// Checks with \a language from now on; empty turns spelling off.
    void setLanguage(const QString &language);

    [[nodiscard]] static QString personalDictionaryPath();

private:
    void fillLanguageMenu(QMenu *menu);
    void addToDictionary(const QString &word);
    void ignoreAll(const QString &word);
    [[nodiscard]] QStringList dictionaryFolders() const;

    EditorSettings &m_settings;
    PostingEditor *m_editor;
    AnalysisController *m_analysis;
    QWidget *m_parent;
    QLabel *m_label;
    std::shared_ptr<SpellChecker> m_spelling;
};

} // namespace rolelens
