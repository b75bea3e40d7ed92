--TEST--
<?= is echo
--FILE--
<?=1 2?>
--EXPECTF--

Parse error: syntax error, unexpected integer "2", expecting "," or ";" in %s on line 1
