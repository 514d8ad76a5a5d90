"""What the room adds in a step: words for a cloud, ideas on a wall, marks on a scale, screened."""
