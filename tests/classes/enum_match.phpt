--TEST--
enums in match and switch
--FILE--
<?php
enum Light { case Red; case Yellow; case Green; }
function next_light(Light $l): Light {
    return match ($l) {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    };
}
$l = Light::Red;
for ($i = 0; $i < 4; $i++) { echo $l->name, " "; $l = next_light($l); }
echo "\n";
switch ($l) {
    case Light::Red: echo "stop\n"; break;
    case Light::Green: echo "go\n"; break;
    default: echo "wait\n";
}
--EXPECT--
Red Green Yellow Red 
go
