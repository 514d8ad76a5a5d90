"""What leaves a session: exports, the workbook, who took part, a practice's path across a year."""
