"""What every other part of core uses: translation, problems said to people, the garbage collector's policy."""
