"""A small line chart of training loss (and held-out loss as dots), drawn with QPainter."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class LossChart(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(180)
        self.train: list[tuple[int, float]] = []
        self.evals: list[tuple[int, float]] = []
        self.max_steps = 1

    def set_data(
        self, train: list[tuple[int, float]], evals: list[tuple[int, float]], max_steps: int
    ) -> None:
        self.train, self.evals, self.max_steps = list(train), list(evals), max(1, max_steps)
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(48, 12, -12, -28)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(area)
        values = [v for _, v in self.train + self.evals]
        if not values:
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("The loss appears here once training starts.")
            )
            return
        low, high = min(values), max(values)
        if high - low < 1e-6:
            low, high = low - 0.5, high + 0.5

        def point(step: int, value: float) -> QPointF:
            x = area.left() + area.width() * step / self.max_steps
            y = area.bottom() - area.height() * (value - low) / (high - low)
            return QPointF(x, y)

        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, area.top() - 6, 44, 14), Qt.AlignmentFlag.AlignRight, f"{high:.2f}")
        painter.drawText(QRectF(0, area.bottom() - 8, 44, 14), Qt.AlignmentFlag.AlignRight, f"{low:.2f}")
        painter.drawText(
            QRectF(area.left(), area.bottom() + 6, area.width(), 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("step (of %n)", "", self.max_steps),
        )
        painter.setPen(QPen(QColor("#5b8def"), 2))
        points = [point(s, v) for s, v in self.train]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        if len(points) == 1:
            painter.drawEllipse(points[0], 2, 2)
        painter.setPen(QPen(QColor("#e8710a"), 2))
        painter.setBrush(QColor("#e8710a"))
        for s, v in self.evals:
            painter.drawEllipse(point(s, v), 4, 4)
