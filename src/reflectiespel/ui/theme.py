"""How the app looks for everyone in the room: a strong focus ring, and a high-contrast theme.

- The focus ring: a 3 px ring in FOCUS around the widget that has the keyboard (buttons, fields, lists,
  tabs), drawn by a proxy style over Fusion so it looks the same on every system. Its colour has at
  least 3:1 contrast against the backgrounds it sits on (tests/ui/test_theme.py measures it).
- The themes: "standard" (Fusion's light palette with darker secondary text), "high-contrast" (white on
  black, yellow focus and selection), and "system" (high contrast when the system asks for it, Qt's
  QAccessibilityHints.contrastPreference). The choice is remembered in settings.json.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QStyle, QStyleFactory

CHOICES = ("system", "standard", "high-contrast")
FOCUS = {"standard": QColor("#0b57d0"), "high-contrast": QColor("#ffd400")}
RING = 3.0  # px

# Role pairs that carry text: (text role, background role). All must reach 4.5:1 in every theme.
TEXT_PAIRS = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
              (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
              (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
              (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
              (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
              (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
              (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
              (QPalette.ColorRole.Link, QPalette.ColorRole.Base)]


# Coloured text on the window's own background (messages, timers, secondary lines), per theme. Each reaches
# 4.5:1 against Window and Base of its theme (tests/ui/test_theme.py); widgets get it through set_ink,
# so a theme chosen later repaints them too.
INK = {
    "standard": {"normal": "#1d1d1f", "secondary": "#4f4f4f", "error": "#b3261e", "warning": "#a84300", "good": "#1b5e20",
                 "accent": "#0b5394"},
    "high-contrast": {"normal": "#ffffff", "secondary": "#d0d0d0", "error": "#ff8a80", "warning": "#ffd400", "good": "#9be39f",
                      "accent": "#7fd4ff"},
}
INK_PROPERTY = "reflectiespel_ink"


def current_theme() -> str:
    app = QGuiApplication.instance()
    theme = app.property("reflectiespel_theme") if app is not None else None
    return theme if theme in FOCUS else "standard"


def ink(role: str, theme: str | None = None) -> str:
    """The colour for text of ``role`` (normal, secondary, error, warning, good, accent) in the theme in effect."""
    return INK[theme or current_theme()][role]


def set_ink(widget, role: str, css: str = "") -> None:
    """Colour a label's text by role (plus any other style sheet ``css``); kept up to date by apply_theme."""
    widget.setProperty(INK_PROPERTY, [role, css])
    widget.setStyleSheet(f"{css} color: {ink(role)};".strip())


def grow(widget, factor: float, bold: bool = False):
    """A heading or a big button: ``factor`` times the application's font, so it grows with the system's font
    size (a pixel size in a style sheet would stay the same at 150 %)."""
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)
    return widget


def _repaint_inks() -> None:
    for widget in QApplication.allWidgets():
        value = widget.property(INK_PROPERTY)
        if value:
            set_ink(widget, value[0], value[1])


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(theme: str) -> QPalette:
    if theme == "high-contrast":
        black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd400")
        p = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                             (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                             (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                             (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.BrightText, yellow),
                             (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
                             (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
                             (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
                             (QPalette.ColorRole.Link, QColor("#7fd4ff")), (QPalette.ColorRole.Light, white),
                             (QPalette.ColorRole.Mid, QColor("#bfbfbf")), (QPalette.ColorRole.Dark, white),
                             (QPalette.ColorRole.Shadow, white)):
            p.setColor(role, colour)
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a6a6a6"))
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#a6a6a6"))
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#a6a6a6"))
        return p
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f5f5f"))  # Fusion's grey is too faint
    p.setColor(QPalette.ColorRole.Highlight, QColor("#0b57d0"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#000000"))
    return p


class FocusRingStyle(QProxyStyle):
    """Fusion, with a thick focus ring that nobody misses."""

    def __init__(self, theme: str = "standard"):
        super().__init__(QStyleFactory.create("Fusion"))
        self.theme = theme

    def _ring(self, painter: QPainter, rect) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS[self.theme], RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(RING / 2, RING / 2, -RING / 2, -RING / 2), 4, 4)
        painter.restore()

    RING_CONTROLS = (QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_TabBarTab,
                     QStyle.ControlElement.CE_ToolButtonLabel)  # check boxes: PE_FrameFocusRect
    # Fusion draws outlines in a darker shade of the window colour: on black that is black. In high
    # contrast these get a white outline of their own.
    OUTLINED = (QStyle.PrimitiveElement.PE_PanelLineEdit, QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
    RING_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox,
                    QStyle.ComplexControl.CC_ToolButton, QStyle.ComplexControl.CC_Slider)

    @staticmethod
    def _outline(painter: QPainter, rect, round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75)
        painter.drawEllipse(box) if round_ else painter.drawRoundedRect(box, 3, 3)
        painter.restore()

    @staticmethod
    def _focused(option) -> bool:
        return bool(option.state & QStyle.StateFlag.State_HasFocus)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # a button is ringed whole: with a style sheet's padding its focus rect hugs the text
            self._ring(painter, widget.rect() if isinstance(widget, QPushButton) else option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if self.theme == "high-contrast" and element in self.OUTLINED:
            self._outline(painter, option.rect, round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and self._focused(option):
            self._ring(painter, option.rect)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in self.RING_CONTROLS and self._focused(option):
            self._ring(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.theme == "high-contrast" and control in (QStyle.ComplexControl.CC_ComboBox,
                                                          QStyle.ComplexControl.CC_SpinBox):
            self._outline(painter, option.rect)
        if control in self.RING_COMPLEX and self._focused(option):
            self._ring(painter, option.rect)


def system_wants_high_contrast() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    style_hints = app.styleHints()  # held: the accessibility hints live as long as the style hints
    return style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def effective(choice: str) -> str:
    if choice == "high-contrast" or (choice == "system" and system_wants_high_contrast()):
        return "high-contrast"
    return "standard"


def apply_theme(app: QApplication, choice: str = "system") -> str:
    """Style and palette for ``choice``; returns the theme in effect ('standard' or 'high-contrast')."""
    theme = effective(choice if choice in CHOICES else "system")
    app.setStyle(FocusRingStyle(theme))
    app.setPalette(palette(theme))
    app.setProperty("reflectiespel_theme", theme)
    _repaint_inks()
    return theme
