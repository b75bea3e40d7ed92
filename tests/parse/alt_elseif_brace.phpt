--TEST--
an alternative if cannot continue with a { } elseif
--FILE--
<?php
if (1):
  echo 1;
elseif (2) {
}
--EXPECTF--

Parse error: syntax error, unexpected token "{", expecting ":" in %s on line 4
