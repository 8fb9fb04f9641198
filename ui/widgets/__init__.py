"""Widgets and helpers shared by the screens: workers, model process, viewers, badges, charts."""
