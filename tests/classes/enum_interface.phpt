--TEST--
enums implementing interfaces, UnitEnum and BackedEnum
--FILE--
<?php
interface HasLabel { public function label(): string; }
enum Size: int implements HasLabel {
    case S = 1;
    case L = 3;
    public function label(): string { return "size-" . $this->value; }
}
enum Dir { case Up; case Down; }
$s = Size::L;
echo $s->label(), "\n";
var_dump($s instanceof HasLabel, $s instanceof UnitEnum, $s instanceof BackedEnum);
var_dump(Dir::Up instanceof UnitEnum, Dir::Up instanceof BackedEnum);
function show(UnitEnum $e) { return get_class($e) . "::" . $e->name; }
echo show(Dir::Down), " ", show(Size::S), "\n";
print_r(class_implements(Size::S));
--EXPECT--
size-3
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
Dir::Down Size::S
Array
(
    [HasLabel] => HasLabel
    [UnitEnum] => UnitEnum
    [BackedEnum] => BackedEnum
)
