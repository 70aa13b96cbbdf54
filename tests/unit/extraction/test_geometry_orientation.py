from __future__ import annotations

import math

import numpy as np
import pytest

from ocrdesk.extraction.lines import TextLine
from ocrdesk.extraction.orientation import TextOrientation, text_orientation, transform_lines, upright_transform

WIDTH, HEIGHT = 1000, 630


def _upright_lines() -> list[TextLine]:
    return [
        TextLine.from_ltrb("姓名王晓明", 60, 60, 400, 100, 0.9),
        TextLine.from_ltrb("性别男民族汉", 60, 140, 460, 180, 0.9),
        TextLine.from_ltrb("公民身份号码110101199001021234", 60, 520, 900, 560, 0.9),
    ]


def _as_read(lines: list[TextLine], rotation: int, skew: float = 0.0) -> list[TextLine]:
    """How an engine reports the lines of a card turned `rotation`+`skew` degrees clockwise in the image.

    Polygons keep the text's own corner order (first corner = the text's top-left).
    """
    angle = math.radians(rotation + skew)
    size = (HEIGHT, WIDTH) if rotation in (90, 270) else (WIDTH, HEIGHT)
    cosine, sine = math.cos(angle), math.sin(angle)
    turned = []
    for line in lines:
        points = []
        for x, y in line.polygon:
            dx, dy = x - WIDTH / 2, y - HEIGHT / 2
            points.append((cosine * dx - sine * dy + size[0] / 2, sine * dx + cosine * dy + size[1] / 2))
        turned.append(TextLine(line.text, tuple(points), line.confidence))
    return turned


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_quarter_turns_are_read_from_the_writing_direction(rotation: int) -> None:
    found = text_orientation(_as_read(_upright_lines(), rotation))
    assert found.rotation == rotation
    assert found.skew == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize(("rotation", "skew"), [(0, 4.0), (180, -6.5), (90, 3.0)])
def test_a_residual_skew_is_measured(rotation: int, skew: float) -> None:
    found = text_orientation(_as_read(_upright_lines(), rotation, skew))
    assert found.rotation == rotation
    assert found.skew == pytest.approx(skew, abs=0.01)


@pytest.mark.parametrize(("rotation", "skew"), [(0, 0.0), (180, 0.0), (90, 0.0), (270, 5.0), (0, -7.0)])
def test_turning_the_coordinates_gives_back_the_upright_card(rotation: int, skew: float) -> None:
    read = _as_read(_upright_lines(), rotation, skew)
    size = (HEIGHT, WIDTH) if rotation in (90, 270) else (WIDTH, HEIGHT)
    matrix, new_size = upright_transform(text_orientation(read), size)
    assert new_size == (WIDTH, HEIGHT)
    for original, upright in zip(_upright_lines(), transform_lines(read, matrix), strict=True):
        assert upright.text == original.text
        assert np.allclose(upright.polygon, original.polygon, atol=1e-6)


def test_no_turn_leaves_lines_untouched() -> None:
    lines = _upright_lines()
    matrix, size = upright_transform(TextOrientation(0, 0.2), (WIDTH, HEIGHT))
    assert size == (WIDTH, HEIGHT)
    assert transform_lines(lines, matrix) == lines


def test_single_characters_and_no_lines_do_not_vote() -> None:
    assert text_orientation([]) == TextOrientation(0, 0.0)
    tall_mark = TextLine("|", ((10.0, 10.0), (10.0, 90.0), (0.0, 90.0), (0.0, 10.0)), 0.9)
    assert text_orientation([tall_mark, *_upright_lines()]).rotation == 0
