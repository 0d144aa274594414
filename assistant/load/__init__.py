"""Load testing: many concurrent clients asking one shared assistant, as the app serves them."""
