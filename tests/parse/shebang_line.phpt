--TEST--
a #! first line is skipped but counted
--FILE--
#!/usr/bin/env php
<?php
1 2;
--EXPECTF--

Parse error: syntax error, unexpected integer "2" in %s on line 3
