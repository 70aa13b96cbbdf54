from __future__ import annotations

import cv2
import numpy as np

from ocrdesk.extraction.color import paper_colour, red_mask, suppress_red

PAPER = (246, 243, 236)


def _date_under_a_seal() -> tuple[np.ndarray, np.ndarray]:
    """A page with a black date; the same page with a red seal stamped over the date."""
    page = np.full((300, 600, 3), PAPER, np.uint8)
    cv2.putText(page, "2019-05-20", (60, 170), cv2.FONT_HERSHEY_SIMPLEX, 2.0, (25, 25, 25), 5, cv2.LINE_AA)
    stamped = page.copy()
    seal = stamped.copy()
    cv2.circle(seal, (300, 150), 120, (215, 40, 45), 9, cv2.LINE_AA)
    cv2.putText(seal, "SEAL", (220, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (215, 40, 45), 6, cv2.LINE_AA)
    cv2.circle(seal, (300, 150), 25, (215, 40, 45), -1)
    # ink is translucent: where it covers black print the print stays dark
    ink = np.any(seal != stamped, axis=2)
    stamped[ink] = np.minimum(stamped[ink].astype(int), seal[ink].astype(int) + 10).astype(np.uint8)
    return page, stamped


def test_the_seal_disappears_and_the_date_under_it_stays() -> None:
    page, stamped = _date_under_a_seal()
    assert red_mask(stamped).mean() > 5  # the seal is there
    cleaned = suppress_red(stamped)
    assert red_mask(cleaned).sum() == 0
    text = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY) < 90
    after = cv2.cvtColor(cleaned, cv2.COLOR_RGB2GRAY) < 90
    # every stroke of the date is still dark, and nothing dark was added where the seal was
    assert after[text].mean() > 0.97
    assert after[~text].mean() < 0.005
    # the seal's pixels away from the print are now paper-coloured
    near_text = cv2.dilate(text.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0
    seal_only = (red_mask(stamped) > 0) & ~near_text
    assert np.abs(cleaned[seal_only].astype(int) - PAPER).max() <= 3


def test_print_under_a_seal_blended_over_it_is_kept_dark() -> None:
    # a seal drawn over the print at 60 % opacity (as renderers and some scanners give it)
    page, _ = _date_under_a_seal()
    ink = np.array((215, 40, 45), dtype=np.float32)
    blended = page.copy()
    covered = np.zeros(page.shape[:2], np.uint8)
    cv2.circle(covered, (300, 150), 60, 255, -1)
    region = covered > 0
    blended[region] = np.round(0.6 * ink + 0.4 * page[region].astype(np.float32)).astype(np.uint8)
    cleaned = suppress_red(blended)
    text = (cv2.cvtColor(page, cv2.COLOR_RGB2GRAY) < 90) & region
    paper = (cv2.cvtColor(page, cv2.COLOR_RGB2GRAY) > 200) & region
    grey = cv2.cvtColor(cleaned, cv2.COLOR_RGB2GRAY).astype(int)
    assert text.sum() > 100 and grey[text].mean() < 110  # the print shows through
    assert grey[paper].mean() > 230  # the ink over paper is gone
    assert red_mask(cleaned).sum() == 0


def test_a_page_without_red_is_returned_as_it_is() -> None:
    page, _ = _date_under_a_seal()
    assert suppress_red(page) is page


def test_paper_colour_is_the_bright_unsaturated_background() -> None:
    _, stamped = _date_under_a_seal()
    assert paper_colour(stamped) == PAPER
    assert paper_colour(np.zeros((10, 10, 3), np.uint8)) == (255, 255, 255)
