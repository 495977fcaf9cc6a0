// SPDX-License-Identifier: GPL-2.0-only
#include "style/ViewPalette.h"

namespace vmviz::ui {

QColor mixColours(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t),
                            static_cast<float>(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor readableTextOn(const QColor& fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(0xf4, 0xf4, 0xf4);
}

namespace {

void setFree(ViewPalette& p, const QColor& order0, const QColor& order10)
{
    for (int o = 0; o <= 10; ++o)
        p.frame[static_cast<std::size_t>(o)] = mixColours(order0, order10, o / 10.0);
}

void set(ViewPalette& p, FrameClass c, const QColor& colour)
{
    p.frame[static_cast<std::size_t>(c)] = colour;
}

} // namespace

ViewPalette ViewPalette::make(Theme theme, Scheme scheme)
{
    ViewPalette p;
    p.theme = theme;
    p.scheme = scheme;
    const bool dark = theme == Theme::Dark;
    p.background = dark ? QColor(0x1d, 0x1f, 0x23) : QColor(0xfb, 0xfb, 0xf8);
    p.panel = dark ? QColor(0x2a, 0x2d, 0x33) : QColor(0xee, 0xee, 0xe8);
    p.text = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1e, 0x1e, 0x1e);
    p.mutedText = dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x6b, 0x66);
    p.gridLine = dark ? QColor(0x3a, 0x3e, 0x45) : QColor(0xd6, 0xd6, 0xd0);
    p.zone = {QColor(0x8e, 0x6c, 0x8a), QColor(0x4f, 0x7c, 0xac), QColor(0x6a, 0x99, 0x4e)};

    if (scheme == Scheme::Standard) {
        if (dark)
            setFree(p, QColor(0x2c, 0x3b, 0x30), QColor(0x3f, 0x6e, 0x4a));
        else
            setFree(p, QColor(0xe3, 0xef, 0xdc), QColor(0xa9, 0xd3, 0x9e));
        set(p, FrameClass::PerCpu, dark ? QColor(0xb5, 0xa6, 0x42) : QColor(0xf2, 0xd9, 0x6b));
        set(p, FrameClass::LowMemory, dark ? QColor(0x55, 0x58, 0x5e) : QColor(0xc4, 0xc4, 0xc0));
        set(p, FrameClass::KernelImage, dark ? QColor(0x74, 0x77, 0x7e) : QColor(0x8f, 0x8f, 0x8a));
        set(p, FrameClass::MemMap, dark ? QColor(0x64, 0x67, 0x6e) : QColor(0xa9, 0xa9, 0xa4));
        set(p, FrameClass::Slab, QColor(0xd9, 0x5f, 0xa6));
        set(p, FrameClass::PgdTable, QColor(0x1f, 0x3f, 0x8f));
        set(p, FrameClass::PudTable, QColor(0x2f, 0x62, 0xc4));
        set(p, FrameClass::PmdTable, QColor(0x4a, 0x8c, 0xe0));
        set(p, FrameClass::PteTable, QColor(0x7a, 0xb6, 0xf0));
        set(p, FrameClass::VmallocData, QColor(0xf0, 0x7a, 0x22));
        set(p, FrameClass::PageArray, QColor(0x8e, 0x5c, 0xc9));
        set(p, FrameClass::KernelStack, QColor(0x9c, 0x6b, 0x3e));
        set(p, FrameClass::Taken, dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x30, 0x30, 0x30));
        p.selection = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x10, 0x10, 0x10);
        p.changed = QColor(0xe8, 0x1e, 0x3a);
        p.warn = QColor(0xd6, 0x27, 0x28);
        p.marker = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2f, 0x62, 0xc4);
    } else {
        // Okabe–Ito: orange E69F00, sky blue 56B4E9, bluish green 009E73, yellow F0E442,
        // blue 0072B2, vermillion D55E00, reddish purple CC79A7; free space stays neutral.
        if (dark)
            setFree(p, QColor(0x30, 0x30, 0x30), QColor(0x55, 0x55, 0x55));
        else
            setFree(p, QColor(0xf4, 0xf4, 0xf4), QColor(0xd0, 0xd0, 0xd0));
        set(p, FrameClass::PerCpu, QColor(0xf0, 0xe4, 0x42));
        set(p, FrameClass::LowMemory, dark ? QColor(0x80, 0x80, 0x80) : QColor(0x40, 0x40, 0x40));
        set(p, FrameClass::KernelImage, dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x20, 0x20, 0x20));
        set(p, FrameClass::MemMap, dark ? QColor(0x90, 0x90, 0x90) : QColor(0x30, 0x30, 0x30));
        set(p, FrameClass::Slab, QColor(0x00, 0x9e, 0x73));
        set(p, FrameClass::PgdTable, QColor(0x00, 0x3c, 0x6e));
        set(p, FrameClass::PudTable, QColor(0x00, 0x72, 0xb2));
        set(p, FrameClass::PmdTable, QColor(0x56, 0xb4, 0xe9));
        set(p, FrameClass::PteTable, QColor(0xa8, 0xdc, 0xf7));
        set(p, FrameClass::VmallocData, QColor(0xd5, 0x5e, 0x00));
        set(p, FrameClass::PageArray, QColor(0xcc, 0x79, 0xa7));
        set(p, FrameClass::KernelStack, dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x60, 0x60, 0x60));
        set(p, FrameClass::Taken, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x00, 0x00, 0x00));
        p.selection = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00);
        p.changed = QColor(0xe6, 0x9f, 0x00);
        p.warn = QColor(0xd5, 0x5e, 0x00);
        p.marker = QColor(0x00, 0x72, 0xb2);
        if (dark)
            p.marker = QColor(0x56, 0xb4, 0xe9);
    }
    p.selectionFill = p.selection;
    // Strong enough to be seen on a washed-out projector, still showing the cells beneath.
    p.selectionFill.setAlpha(dark ? 110 : 90);
    p.changedFill = p.changed;
    p.changedFill.setAlpha(60);
    p.guard = dark ? QColor(0x6b, 0x4a, 0x4a) : QColor(0xe8, 0xc4, 0xc4);
    p.gap = dark ? QColor(0x11, 0x11, 0x11) : QColor(0x4a, 0x4a, 0x4a);
    p.freeSpace = p.frameColour(FrameClass::Free0);
    p.lazy = dark ? QColor(0x7a, 0x7a, 0x7a) : QColor(0xb8, 0xb8, 0xb8);
    // kmemleak: white objects are suspects, gray ones are referenced enough, black ones ignored.
    p.leak = {dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0xff, 0xff, 0xff), QColor(0x9a, 0x9a, 0x9a),
              dark ? QColor(0x08, 0x08, 0x08) : QColor(0x30, 0x30, 0x30), p.warn};
    return p;
}

QPalette ViewPalette::applicationPalette() const
{
    if (theme == Theme::Light) {
        QPalette light(QColor(0xef, 0xef, 0xec), QColor(0xf7, 0xf7, 0xf4));
        // A selected row must read from the back of a room: saturated, with white text.
        light.setColor(QPalette::Highlight, QColor(0x1a, 0x56, 0xb8));
        light.setColor(QPalette::HighlightedText, Qt::white);
        return light;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x74, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    return p;
}

} // namespace vmviz::ui
