--TEST--
htmlspecialchars() with the default flags (ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401)
--FILE--
<?php
var_dump(htmlspecialchars("<a href='x'>\"T&C\"</a>"));
var_dump(htmlspecialchars("'single'", ENT_COMPAT));
var_dump(htmlspecialchars("'single' \"double\"", ENT_NOQUOTES));
var_dump(htmlspecialchars("'", ENT_QUOTES | ENT_HTML5));
var_dump(htmlspecialchars("'", ENT_QUOTES | ENT_XML1));
var_dump(htmlspecialchars("&amp; &lt; &#039; &#x27; &bogus; &copy;", ENT_QUOTES, null, false));
var_dump(htmlspecialchars("&amp; &copy;", ENT_QUOTES, "UTF-8", true));
var_dump(ENT_QUOTES, ENT_COMPAT, ENT_NOQUOTES, ENT_HTML401, ENT_XML1, ENT_XHTML, ENT_HTML5, ENT_SUBSTITUTE, ENT_IGNORE);
--EXPECT--
string(57) "&lt;a href=&#039;x&#039;&gt;&quot;T&amp;C&quot;&lt;/a&gt;"
string(8) "'single'"
string(17) "'single' "double""
string(6) "&apos;"
string(6) "&apos;"
string(43) "&amp; &lt; &#039; &#x27; &amp;bogus; &copy;"
string(20) "&amp;amp; &amp;copy;"
int(3)
int(2)
int(0)
int(0)
int(16)
int(32)
int(48)
int(8)
int(4)
