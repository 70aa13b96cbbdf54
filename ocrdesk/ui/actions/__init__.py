"""Actions, menus, toolbars, shortcuts and the shortcut help overlay."""
