#include "theme/theme.h"

namespace rolelens::theme {

namespace {

QColor pick(const QColor &background, QColor onLight, QColor onDark)
{
    return isDark(background) ? onDark : onLight;
}

} // namespace

bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

QColor severity(Severity severity, const QColor &base)
{
    switch (severity) {
    case Severity::Error:
        return pick(base, QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x6b, 0x6b));
    case Severity::Warning:
        return pick(base, QColor(0xe6, 0x51, 0x00), QColor(0xff, 0xb7, 0x4d));
    case Severity::Info:
        break;
    }
    return pick(base, QColor(0x15, 0x65, 0xc0), QColor(0x64, 0xb5, 0xf6));
}

QColor spelling(const QColor &base)
{
    return pick(base, QColor(0xad, 0x14, 0x57), QColor(0xf4, 0x8f, 0xb1));
}

QColor score(int score, const QColor &window)
{
    if (score < 50)
        return pick(window, QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x53, 0x50));
    if (score < 75)
        return pick(window, QColor(0xd8, 0x7a, 0x00), QColor(0xff, 0xb3, 0x00));
    return pick(window, QColor(0x2e, 0x7d, 0x32), QColor(0x66, 0xbb, 0x6a));
}

QColor leadership(const QColor &window)
{
    return pick(window, QColor(0x00, 0x79, 0x6b), QColor(0x4d, 0xb6, 0xac));
}

QColor execution(const QColor &window)
{
    return pick(window, QColor(0xef, 0x6c, 0x00), QColor(0xff, 0xa7, 0x26));
}

QColor comment()
{
    return {0xf9, 0xa8, 0x25};
}

QColor removedLine(const QColor &base)
{
    return pick(base, QColor(0xff, 0xe4, 0xe2), QColor(0x5c, 0x24, 0x26));
}

QColor addedLine(const QColor &base)
{
    return pick(base, QColor(0xdc, 0xf5, 0xe0), QColor(0x1f, 0x4b, 0x2c));
}

} // namespace rolelens::theme
