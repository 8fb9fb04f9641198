"""Gradient-boosted trees as plain arrays, predicted with numpy.

scikit-learn's ``HistGradientBoostingClassifier`` fits them at training time; what we keep is every
tree's nodes (feature, threshold, where missing values go, children, leaf value) in flat arrays that
safetensors can store — no pickle, and no scikit-learn import when the engine loads (it would add
about a second to start-up).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PREFIX = "trees."


@dataclass(frozen=True)
class BoostedTrees:
    """``raw = baseline + Σ tree values`` per class; probabilities = softmax(raw)."""

    feature: np.ndarray  # (nodes,) int32, feature tested at each node
    threshold: np.ndarray  # (nodes,) float64; x <= threshold goes left
    missing_left: np.ndarray  # (nodes,) uint8, where a missing (NaN) value goes
    left: np.ndarray  # (nodes,) int32, absolute index of the left child
    right: np.ndarray  # (nodes,) int32
    is_leaf: np.ndarray  # (nodes,) uint8
    value: np.ndarray  # (nodes,) float64, the leaf's contribution
    roots: np.ndarray  # (trees,) int32, absolute index of each tree's root
    tree_class: np.ndarray  # (trees,) int32, the class column each tree adds to
    baseline: np.ndarray  # (classes,) float64
    depth: int  # longest root-to-leaf path

    @classmethod
    def from_sklearn(cls, model, n_classes: int, class_index) -> "BoostedTrees":
        """Flatten a fitted ``HistGradientBoostingClassifier``; ``class_index(label)`` gives the
        output column of each of its ``classes_`` (a level absent from the training data keeps a
        large negative baseline and is never predicted)."""
        columns = [class_index(c) for c in model.classes_]
        if len(columns) < 2:
            raise ValueError("boosting needs at least two classes")
        # Binary boosting keeps one tree per iteration, the log-odds of the second class: the
        # first class keeps a zero baseline, so softmax([0, raw]) is the model's sigmoid.
        binary = len(columns) == 2
        tree_columns = columns[1:] if binary else columns
        parts, roots, tree_class, offset, depth = [], [], [], 0, 0
        for iteration in model._predictors:
            for k, predictor in enumerate(iteration):
                nodes = predictor.nodes
                if nodes["is_categorical"].any():
                    raise ValueError("categorical splits are not supported")
                parts.append(nodes)
                roots.append(offset)
                tree_class.append(tree_columns[k])
                offset += len(nodes)
                depth = max(depth, int(nodes["depth"].max()))
        nodes = np.concatenate(parts)
        starts = np.repeat(np.array(roots), [len(p) for p in parts])
        baseline = np.full(n_classes, -30.0)
        if binary:
            baseline[columns[0]] = 0.0
        baseline[tree_columns] = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()
        return cls(feature=nodes["feature_idx"].astype(np.int32),
                   threshold=nodes["num_threshold"].astype(np.float64),
                   missing_left=nodes["missing_go_to_left"].astype(np.uint8),
                   left=(nodes["left"].astype(np.int64) + starts).astype(np.int32),
                   right=(nodes["right"].astype(np.int64) + starts).astype(np.int32),
                   is_leaf=nodes["is_leaf"].astype(np.uint8), value=nodes["value"].astype(np.float64),
                   roots=np.array(roots, dtype=np.int32), tree_class=np.array(tree_class, dtype=np.int32),
                   baseline=baseline, depth=depth)

    def raw(self, X: np.ndarray) -> np.ndarray:
        """(n, classes) summed tree outputs for rows of ``X`` (NaN = missing)."""
        X = np.asarray(X, dtype=np.float64)
        rows = np.arange(len(X))[:, None]
        node = np.broadcast_to(self.roots, (len(X), len(self.roots))).copy()
        for _ in range(self.depth):
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node] == 1, x <= self.threshold[node])
            child = np.where(go_left, self.left[node], self.right[node])
            node = np.where(self.is_leaf[node] == 1, node, child)
        out = np.tile(self.baseline, (len(X), 1))
        for c in range(len(self.baseline)):
            out[:, c] += self.value[node[:, self.tree_class == c]].sum(axis=1)
        return out

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        raw = self.raw(X)
        e = np.exp(raw - raw.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def tensors(self, prefix: str = PREFIX) -> dict[str, np.ndarray]:
        arrays = {name: getattr(self, name) for name in _ARRAYS}
        arrays["depth"] = np.array([self.depth], dtype=np.int32)
        return {prefix + k: np.ascontiguousarray(v) for k, v in arrays.items()}

    @classmethod
    def from_tensors(cls, tensors: dict[str, np.ndarray], prefix: str = PREFIX) -> "BoostedTrees":
        """Raises KeyError when an array is missing, ValueError when they do not fit together."""
        t = {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}
        trees = cls(**{name: np.asarray(t[name], dtype=dtype) for name, dtype in _ARRAYS.items()},
                    depth=int(t["depth"][0]))
        n = len(trees.feature)
        if any(len(getattr(trees, a)) != n for a in ("threshold", "missing_left", "left", "right",
                                                     "is_leaf", "value")) \
                or len(trees.roots) != len(trees.tree_class) \
                or (n and (trees.left.max() >= n or trees.right.max() >= n or trees.roots.max() >= n)) \
                or (len(trees.tree_class) and trees.tree_class.max() >= len(trees.baseline)):
            raise ValueError("tree arrays do not fit together")
        return trees


_ARRAYS = {"feature": np.int32, "threshold": np.float64, "missing_left": np.uint8, "left": np.int32,
           "right": np.int32, "is_leaf": np.uint8, "value": np.float64, "roots": np.int32,
           "tree_class": np.int32, "baseline": np.float64}
