#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace rolelens {

class ExportController;
class MainWindow;
struct EditorSettings;

/// The window's File, Edit, View and Help menus, with the templates, the recent files and
/// the editor's zoom.
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    /// Zooms the editor as the user left it.
    WindowMenus(MainWindow *window, EditorSettings &settings, ExportController *exporter);

    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    /// Lists the recent files again (after a file was opened or saved under a new name).
    void fillRecentMenu();

private:
    /// Makes the editor's font \a steps points larger than the default (smaller if negative).
    void setZoom(int steps);
    /// Sets the editor's text column to \a characters (0: full width) and remembers it.
    void setTextColumn(int characters);
    void fillTemplateMenu(QMenu *menu);
    [[nodiscard]] static QString aboutText();

    MainWindow *m_window;
    EditorSettings &m_settings;
    ExportController *m_export;
    QMenu *m_recentMenu = nullptr;
    QAction *m_fullWidth = nullptr;
};

} // namespace rolelens
