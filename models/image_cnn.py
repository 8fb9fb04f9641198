"""The chest X-ray CNN: a small VGG-style network for 28×28 grey radiographs (normal vs pneumonia).

About 140k parameters so that it trains in minutes on a laptop CPU and answers in about a
millisecond. Batch norm after every convolution; global average pooling keeps the head tiny and
gives a 128-d feature vector that the out-of-distribution check measures distances in. The last
convolution block's activations are what Grad-CAM explains.
"""

from __future__ import annotations

import torch
from torch import nn

INPUT_SIZE = 28
FEATURE_DIM = 128


def _conv_bn(c_in: int, c_out: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1, bias=False),
                         nn.BatchNorm2d(c_out), nn.ReLU(inplace=True))


class ChestCNN(nn.Module):
    """Logit of pneumonia from a (N, 1, 28, 28) batch scaled to [0, 1]."""

    def __init__(self, dropout: float = 0.2):
        super().__init__()
        self.stem = nn.Sequential(_conv_bn(1, 32), _conv_bn(32, 32), nn.MaxPool2d(2),   # 14×14
                                  _conv_bn(32, 64), _conv_bn(64, 64), nn.MaxPool2d(2))  # 7×7
        self.last = _conv_bn(64, FEATURE_DIM)  # the layer Grad-CAM explains
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(FEATURE_DIM, 1)

    def feature_maps(self, x: torch.Tensor) -> torch.Tensor:
        # each image standardised on its own: a DICOM window and a viewer's JPEG export of the same
        # film differ by a roughly linear intensity change, which must not change the answer
        mean = x.mean(dim=(1, 2, 3), keepdim=True)
        sd = x.std(dim=(1, 2, 3), keepdim=True).clamp_min(0.02)
        return self.last(self.stem((x - mean) / sd))

    def classify(self, maps: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(logit, pooled features) from the last block's maps."""
        features = maps.mean(dim=(2, 3))
        return self.head(self.dropout(features)).squeeze(1), features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classify(self.feature_maps(x))[0]
