#include "window/spellingcontroller.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "editor/postingeditor.h"
#include "rules/ruleset.h"
#include "spelling/dictionaries.h"

#include <QActionGroup>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace rolelens {

SpellingController::SpellingController(EditorSettings &settings, PostingEditor *editor,
                                       AnalysisController *analysis, QWidget *parent)
    : QObject(parent), m_settings(settings), m_editor(editor), m_analysis(analysis),
      m_parent(parent), m_label(new QLabel)
{
    connect(m_editor, &PostingEditor::addToDictionaryRequested, this,
            &SpellingController::addToDictionary);
    connect(m_editor, &PostingEditor::ignoreAllRequested, this, &SpellingController::ignoreAll);
}

void SpellingController::attachLanguageMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillLanguageMenu(menu); });
}

QStringList SpellingController::dictionaryFolders() const
{
    return m_settings.dictionaryFolder.isEmpty() ? QStringList()
                                                 : QStringList{m_settings.dictionaryFolder};
}

void SpellingController::fillLanguageMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    const auto add = [&](const QString &label, const QString &language) {
        QAction *action = menu->addAction(label, this, [this, language] { setLanguage(language); });
        action->setCheckable(true);
        action->setChecked(m_settings.spellLanguage == language);
        group->addAction(action);
    };
    add(tr("&Off"), QString());
    for (const QString &language : Dictionaries::available(dictionaryFolders()).keys())
        add(language, language);
}

void SpellingController::setLanguage(const QString &language)
{
    m_settings.spellLanguage = language;
    m_spelling = language.isEmpty()
                     ? nullptr
                     : createSpellChecker(language, RuleSet::builtin(), personalDictionaryPath(),
                                          dictionaryFolders());
    if (language.isEmpty()) {
        m_label->setText(tr("Spelling: off"));
        m_label->setToolTip(tr("Turn spelling on in Tools › Spelling Language."));
    } else if (!m_spelling) {
        m_label->setText(tr("Spelling: off (no %1 dictionary)").arg(language));
        m_label->setToolTip(
            tr("Install a Hunspell dictionary (e.g. hunspell-en-us) or choose another language."));
    } else {
        m_label->setText(tr("Spelling: %1").arg(language));
        m_label->setToolTip(tr("Words added to the dictionary are kept in %1.")
                                .arg(QDir::toNativeSeparators(personalDictionaryPath())));
    }
    m_editor->setSpellChecker(m_spelling);
    m_analysis->setSpelling(m_spelling); // the dictionary loads in the analysis thread
}

void SpellingController::addToDictionary(const QString &word)
{
    if (!m_spelling)
        return; // spelling was turned off while the menu was open
    if (const QString error = m_spelling->addToPersonalDictionary(word); !error.isEmpty())
        QMessageBox::warning(m_parent, tr("Personal Dictionary"),
                             tr("The word could not be saved: %1.").arg(error));
    m_analysis->setSpelling(m_spelling); // re-check the document at once
}

void SpellingController::ignoreAll(const QString &word)
{
    if (!m_spelling)
        return;
    m_spelling->ignoreAll(word);
    m_analysis->setSpelling(m_spelling);
}

QString SpellingController::personalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/personal-dictionary.txt");
}

} // namespace rolelens
