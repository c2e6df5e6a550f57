//! Points and rectangles in picture pixels: the origin is the picture's top-left corner,
//! y grows downwards, angles are degrees clockwise from 12 o'clock.

/// A point in picture pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Pixels from the left edge.
    pub x: f32,
    /// Pixels from the top edge.
    pub y: f32,
}

impl Point {
    /// A point.
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }

    /// Distance to another point.
    pub fn distance(self, other: Point) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Top-left corner.
    pub min: Point,
    /// Bottom-right corner.
    pub max: Point,
}

impl Rect {
    /// The rectangle with this top-left corner and size.
    pub fn from_min_size(min: Point, w: f32, h: f32) -> Rect {
        Rect {
            min,
            max: Point::new(min.x + w, min.y + h),
        }
    }

    /// The rectangle of this size centred on `c`.
    pub fn from_center_size(c: Point, w: f32, h: f32) -> Rect {
        Rect::from_min_size(Point::new(c.x - w / 2.0, c.y - h / 2.0), w, h)
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// Centre.
    pub fn center(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// True when the two rectangles share interior area.
    pub fn intersects(&self, o: &Rect) -> bool {
        self.min.x < o.max.x && o.min.x < self.max.x && self.min.y < o.max.y && o.min.y < self.max.y
    }

    /// True when `o` lies entirely inside this rectangle.
    pub fn contains_rect(&self, o: &Rect) -> bool {
        o.min.x >= self.min.x
            && o.max.x <= self.max.x
            && o.min.y >= self.min.y
            && o.max.y <= self.max.y
    }

    /// True when the point is inside.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// True when the circle reaches into the rectangle.
    pub fn touches_circle(&self, c: Point, r: f32) -> bool {
        let nx = c.x.clamp(self.min.x, self.max.x);
        let ny = c.y.clamp(self.min.y, self.max.y);
        let (dx, dy) = (c.x - nx, c.y - ny);
        dx * dx + dy * dy < r * r
    }

    /// This rectangle grown by `d` on every side.
    pub fn expand(&self, d: f32) -> Rect {
        Rect {
            min: Point::new(self.min.x - d, self.min.y - d),
            max: Point::new(self.max.x + d, self.max.y + d),
        }
    }

    /// This rectangle moved by `(dx, dy)`.
    pub fn translate(&self, dx: f32, dy: f32) -> Rect {
        Rect {
            min: Point::new(self.min.x + dx, self.min.y + dy),
            max: Point::new(self.max.x + dx, self.max.y + dy),
        }
    }
}

/// The point at `radius` and `angle` (degrees clockwise from 12 o'clock) around `c`.
pub fn polar(c: Point, radius: f32, angle: f64) -> Point {
    let a = angle.to_radians();
    Point::new(c.x + radius * a.sin() as f32, c.y - radius * a.cos() as f32)
}

/// The unit direction at `angle`.
pub(crate) fn direction(angle: f64) -> (f32, f32) {
    let a = angle.to_radians();
    (a.sin() as f32, -(a.cos() as f32))
}
