"""Find a document's four corners in a photo: straight outlines scored by edge support, area and aspect.

Candidates come from two sources: long straight segments (OpenCV's line segment detector on the
grey and the saturation channels, so a pale card on white paper still shows its outline) joined
into lines and paired into quads, and closed edge contours simplified to four corners. A quad's
prior is its area, interior angles and closeness to the expected aspect; the winner must also have
each side lying on edge pixels. Its corners are then refined at a higher resolution by fitting lines
to the edge pixels along each side (cards have round corners: the true corner is where the sides meet).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np

WORK_SIDE = 720  # long side the outline search runs at
REFINE_SIDE = 1600  # long side the corner refinement runs at
MIN_AREA_SHARE = 0.06  # a document smaller than this share of the picture is not "found"
MIN_SIDE_SUPPORT = 0.6  # share of each side (not on the picture's border) that must lie on an edge
ASPECT_SIGMA = 0.09  # log-ratio tolerance of the aspect (a ±15° view changes it by a few %)
ANY_ASPECT = (1.2, 2.0)  # plausible documents when the kind is not known
MIN_SEGMENT_SHARE = 0.06  # segments shorter than this share of the short side are text, not outlines
MAX_LINES = 28
EDGE_LOW_GREY = 20.0
EDGE_LOW_SATURATION = 12.0
Line = tuple[float, float, float]  # theta (normal direction), rho, support (total segment length)


def find_document(rgb: np.ndarray, aspect: float | None) -> np.ndarray | None:
    """The document's corners in source pixels (TL, TR, BR, BL as it lies in the picture), or None."""
    height, width = rgb.shape[:2]
    scale = min(1.0, WORK_SIDE / max(width, height))
    small = cv2.resize(rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    saturation = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)[:, :, 1]
    edges = _edge_map(gray, saturation)
    ranked = []
    for quad in _contour_quads(edges) + _line_quads(gray, saturation, aspect):
        prior = _prior(quad, edges.shape, aspect)
        if prior is not None:
            ranked.append(prior)
    ranked.sort(key=lambda item: -item[0])
    best: tuple[float, np.ndarray] | None = None
    # branch and bound: the edge support (the costly part) is at most 1
    for bound, ordered in ranked:
        if best is not None and bound <= best[0]:
            break
        support = _support(ordered, edges)
        if support >= MIN_SIDE_SUPPORT and (best is None or bound * support > best[0]):
            best = (bound * support, ordered)
    if best is None:
        return None
    return _refine(rgb, best[1] / scale)


def _edge_map(gray: np.ndarray, saturation: np.ndarray) -> np.ndarray:
    # fixed thresholds: a pale card against white paper is a faint but real edge
    grey_edges, colour_edges = (
        cv2.Canny(cv2.GaussianBlur(channel, (5, 5), 0), low, low * 2.5)
        for channel, low in ((gray, EDGE_LOW_GREY), (saturation, EDGE_LOW_SATURATION))
    )
    edges = cv2.bitwise_or(grey_edges, colour_edges)
    return cv2.dilate(edges, np.ones((5, 5), np.uint8))  # ±2 px: corners from lines are that precise


# --- quads from straight lines ---------------------------------------------------------------


def _line_quads(gray: np.ndarray, saturation: np.ndarray, aspect: float | None) -> list[np.ndarray]:
    height, width = gray.shape
    short = min(width, height)
    detector = cv2.createLineSegmentDetector(cv2.LSD_REFINE_STD)
    segments = []
    for channel in (gray, saturation):
        found = detector.detect(channel)[0]
        if found is not None:
            segments.append(found.reshape(-1, 4))
    if not segments:
        return []
    stacked = np.vstack(segments).astype(np.float64)
    lengths = np.hypot(stacked[:, 2] - stacked[:, 0], stacked[:, 3] - stacked[:, 1])
    stacked = stacked[lengths >= MIN_SEGMENT_SHARE * short]
    lines = sorted(_merge_segments(stacked), key=lambda item: -item[2])[:MAX_LINES]
    min_gap = 0.15 * short
    pairs = []
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            (theta_a, rho_a, _), (theta_b, rho_b, _) = lines[i], lines[j]
            if _angle_difference(theta_a, theta_b) > math.radians(25):
                continue
            gap = abs(rho_a - _rho_along(theta_a, theta_b, rho_b))
            if gap >= min_gap:
                pairs.append((i, j, theta_a, gap))
    area_floor = MIN_AREA_SHARE * width * height
    quads: list[np.ndarray] = []
    for index, (a1, a2, theta_a, gap_a) in enumerate(pairs):
        for b1, b2, theta_b, gap_b in pairs[index + 1 :]:
            if len({a1, a2, b1, b2}) < 4 or _angle_difference(theta_a, theta_b) < math.radians(60):
                continue
            ratio = max(gap_a, gap_b) / min(gap_a, gap_b)
            if aspect is not None and abs(math.log(ratio / aspect)) > 3 * ASPECT_SIGMA:
                continue
            if aspect is None and not ANY_ASPECT[0] * 0.9 <= ratio <= ANY_ASPECT[1] * 1.1:
                continue
            corners = [_cross(lines[p], lines[q]) for p, q in ((a1, b1), (b1, a2), (a2, b2), (b2, a1))]
            points = [c for c in corners if c is not None]
            if len(points) < 4 or any(not (-2 <= x <= width + 1 and -2 <= y <= height + 1) for x, y in points):
                continue
            if _shoelace(points) >= area_floor:
                quads.append(np.array(points, dtype=np.float64))
    return quads


def _merge_segments(segments: np.ndarray) -> list[Line]:
    """Collinear segments (within 2° and 2.5 px) joined into lines, refitted, with their total length."""
    order = np.argsort(-np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1]))
    groups: list[list[np.ndarray]] = []
    params: list[tuple[float, float]] = []
    for index in order:
        x1, y1, x2, y2 = segments[index]
        theta, rho = _normal_form(x1, y1, x2, y2)
        for group, (g_theta, g_rho) in zip(groups, params, strict=True):
            if _angle_difference(g_theta, theta) > math.radians(2.0):
                continue
            normal = (math.cos(g_theta), math.sin(g_theta))
            if max(abs(x * normal[0] + y * normal[1] - g_rho) for x, y in ((x1, y1), (x2, y2))) <= 2.5:
                group.append(segments[index])
                break
        else:
            groups.append([segments[index]])
            params.append((theta, rho))
    return [_fit(group) for group in groups]


def _fit(group: list[np.ndarray]) -> Line:
    """Total least squares through the segments' endpoints, weighted by length."""
    points = np.array([p for s in group for p in ((s[0], s[1]), (s[2], s[3]))], dtype=np.float64)
    weights = np.repeat([math.hypot(s[2] - s[0], s[3] - s[1]) for s in group], 2)
    centre = (points * weights[:, None]).sum(axis=0) / weights.sum()
    offsets = points - centre
    covariance = (offsets * weights[:, None]).T @ offsets
    _, vectors = np.linalg.eigh(covariance)
    direction = vectors[:, 1]  # the largest eigenvalue's vector runs along the line
    theta, rho = _normal_form(centre[0], centre[1], centre[0] + direction[0], centre[1] + direction[1])
    return theta, rho, float(weights.sum() / 2)


def _normal_form(x1: float, y1: float, x2: float, y2: float) -> tuple[float, float]:
    theta = math.atan2(x1 - x2, y2 - y1)  # direction of the normal
    rho = x1 * math.cos(theta) + y1 * math.sin(theta)
    if rho < 0:
        theta, rho = theta + math.pi, -rho
    return theta, rho


def _rho_along(theta: float, other_theta: float, other_rho: float) -> float:
    """The other (nearly parallel) line's distance from the origin along this line's normal."""
    return other_rho if math.cos(theta - other_theta) >= 0 else -other_rho


def _angle_difference(a: float, b: float) -> float:
    """Angle between two undirected lines given by their normals (0..pi/2)."""
    difference = abs(a - b) % math.pi
    return min(difference, math.pi - difference)


def _cross(first: Line, second: Line) -> tuple[float, float] | None:
    (t1, r1, _), (t2, r2, _) = first, second
    determinant = math.cos(t1) * math.sin(t2) - math.sin(t1) * math.cos(t2)
    if abs(determinant) < 1e-6:
        return None
    return (r1 * math.sin(t2) - r2 * math.sin(t1)) / determinant, (r2 * math.cos(t1) - r1 * math.cos(t2)) / determinant


# --- quads from closed contours --------------------------------------------------------------


def _contour_quads(edges: np.ndarray) -> list[np.ndarray]:
    height, width = edges.shape
    min_area = MIN_AREA_SHARE * width * height
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    quads: list[np.ndarray] = []
    for contour in contours:
        hull = cv2.convexHull(contour)
        if cv2.contourArea(hull) < min_area:
            continue
        perimeter = cv2.arcLength(hull, True)
        for factor in (0.02, 0.035, 0.05):
            approx = cv2.approxPolyDP(hull, factor * perimeter, True)
            if len(approx) == 4:
                quads.append(approx.reshape(4, 2).astype(np.float64))
            if len(approx) <= 4:
                break
    return quads


# --- scoring ---------------------------------------------------------------------------------


def _prior(quad: np.ndarray, shape: tuple[int, ...], aspect: float | None) -> tuple[float, np.ndarray] | None:
    """How plausible a quad (corners in cyclic order) is before its edges are looked at, and its ordered corners.

    Area, interior angles and aspect only, in plain floats: thousands of line quads are tried.
    """
    height, width = shape[:2]
    points = [(float(x), float(y)) for x, y in quad]
    area_share = _shoelace(points) / (width * height)
    if area_share < MIN_AREA_SHARE:
        return None
    sides = [math.dist(points[i], points[(i + 1) % 4]) for i in range(4)]
    if min(sides) < 20:
        return None
    # interior angles between 55° and 125°: a ±15° view does not bend a rectangle further
    limit = math.cos(math.radians(55))
    for index in range(4):
        (px, py), (cx, cy), (nx, ny) = points[index - 1], points[index], points[(index + 1) % 4]
        if abs((px - cx) * (nx - cx) + (py - cy) * (ny - cy)) > limit * sides[index - 1] * sides[index]:
            return None
    first, second = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    ratio = max(first, second) / max(1.0, min(first, second))
    if aspect is not None:
        closeness = math.exp(-((math.log(ratio / aspect) / ASPECT_SIGMA) ** 2))
    else:
        closeness = 1.0 if ANY_ASPECT[0] <= ratio <= ANY_ASPECT[1] else 0.3
    if closeness < 0.05:
        return None
    ordered = order_corners(quad)
    if len(_border_sides(ordered, width, height)) > 1:
        return None
    return closeness * (0.4 + 0.6 * math.sqrt(area_share)), ordered


def _support(ordered: np.ndarray, edges: np.ndarray) -> float:
    """The weakest side's share lying on edges (a side along the picture's border is not counted)."""
    height, width = edges.shape
    border = _border_sides(ordered, width, height)
    shares = [_side_support(edges, ordered[i], ordered[(i + 1) % 4]) for i in range(4) if i not in border]
    return min(shares, default=0.0)


def _border_sides(corners: np.ndarray, width: int, height: int) -> set[int]:
    """Sides that run along the picture's border (a document cut by the frame, or the frame itself)."""
    margin = 3.0
    found = set()
    for index in range(4):
        a, b = corners[index], corners[(index + 1) % 4]
        for axis, limit in ((0, 0.0), (0, width - 1.0), (1, 0.0), (1, height - 1.0)):
            if abs(a[axis] - limit) <= margin and abs(b[axis] - limit) <= margin:
                found.add(index)
    return found


def _side_support(edges: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    count = max(8, int(float(np.linalg.norm(b - a)) / 2))
    steps = np.linspace(0.05, 0.95, count)
    points = a[None, :] + steps[:, None] * (b - a)[None, :]
    xs = np.clip(np.round(points[:, 0]).astype(int), 0, edges.shape[1] - 1)
    ys = np.clip(np.round(points[:, 1]).astype(int), 0, edges.shape[0] - 1)
    return float(np.count_nonzero(edges[ys, xs]) / count)


def _shoelace(points: Sequence[tuple[float, float]]) -> float:
    count = len(points)
    twice = sum(
        points[i][0] * points[(i + 1) % count][1] - points[(i + 1) % count][0] * points[i][1] for i in range(count)
    )
    return abs(twice) / 2


def order_corners(quad: np.ndarray) -> np.ndarray:
    """TL, TR, BR, BL as the quad lies in the picture (clockwise on screen, starting top-left)."""
    points = np.asarray(quad, dtype=np.float64).reshape(4, 2)
    centre = points.mean(axis=0)
    points = points[np.argsort(np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0]))]
    return np.roll(points, -int(np.argmin(points.sum(axis=1))), axis=0)


# --- refinement ------------------------------------------------------------------------------


def _refine(rgb: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Corners as intersections of lines fitted to the edge pixels along each side, at a higher resolution."""
    height, width = rgb.shape[:2]
    scale = min(1.0, REFINE_SIDE / max(width, height))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if scale < 1.0:
        gray = cv2.resize(gray, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    scaled = corners * scale
    fitted = []
    for index in range(4):
        line = _fit_side(gray, scaled[index], scaled[(index + 1) % 4])
        if line is None:
            return corners
        fitted.append(line)
    refined = []
    for index in range(4):
        point = _intersect(fitted[index - 1], fitted[index])
        if point is None or np.linalg.norm(point - scaled[index]) > 0.03 * max(gray.shape):
            return corners
        refined.append(point)
    return np.array(refined) / scale


def _fit_side(gray: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    length = float(np.linalg.norm(b - a))
    band = max(4.0, 0.01 * max(gray.shape))
    direction = (b - a) / max(length, 1e-9)
    normal = np.array([-direction[1], direction[0]])
    # the middle of the side only: round corners bend away from the straight edge
    p, q = a + 0.12 * (b - a), a + 0.88 * (b - a)
    box = np.array([p + normal * band, p - normal * band, q + normal * band, q - normal * band])
    x0, y0 = (max(0, int(v)) for v in np.floor(box.min(axis=0)))
    x1, y1 = (int(v) + 1 for v in np.ceil(box.max(axis=0)))
    x1, y1 = min(gray.shape[1], x1), min(gray.shape[0], y1)
    if x1 - x0 < 3 or y1 - y0 < 3:
        return None
    crop = cv2.GaussianBlur(gray[y0:y1, x0:x1], (3, 3), 0)
    gradient = cv2.morphologyEx(crop, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    threshold = max(12.0, float(np.percentile(gradient, 90)) * 0.5)
    ys, xs = np.nonzero(cv2.Canny(crop, threshold, threshold * 2))
    points = np.stack([xs + x0, ys + y0], axis=1).astype(np.float64)
    if len(points) < 10:
        return None
    offsets = (points - a) @ normal
    along = (points - a) @ direction
    points = points[(np.abs(offsets) <= band) & (along >= 0.12 * length) & (along <= 0.88 * length)]
    if len(points) < 0.25 * length:
        return None
    # the outline wins over text or a pattern just inside it: keep the densest offset
    offsets = (points - a) @ normal
    histogram, bin_edges = np.histogram(offsets, bins=max(4, int(2 * band)), range=(-band, band))
    peak = int(np.argmax(histogram))
    points = points[np.abs(offsets - (bin_edges[peak] + bin_edges[peak + 1]) / 2) <= 1.5]
    if len(points) < 10:
        return None
    vx, vy, x, y = cv2.fitLine(points.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).reshape(4)
    return np.array([x, y], dtype=np.float64), np.array([vx, vy], dtype=np.float64)


def _intersect(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    (p, r), (q, s) = first, second
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float64)
