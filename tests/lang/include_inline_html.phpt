--TEST--
included file starts in HTML mode
--FILE--
<?php
include 'fixture_html.inc';
echo "after\n";
--EXPECT--
plain text fixture 2 end
after
