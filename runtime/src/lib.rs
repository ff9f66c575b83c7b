//! rpy runtime (being written).
