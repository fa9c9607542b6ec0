/** The PEP 8 line wrapper of generated Python (generator/lang/python/wrap.ts). */
import { describe, expect, it } from 'vitest';
import { wrapLine, wrapModule } from '../../generator/lang/python/wrap.js';

describe('wrapLine', () => {
  it('leaves a line within the width as it is', () => {
    expect(wrapLine('x = f(a, b)', 20)).toBe('x = f(a, b)');
  });

  it('splits a call inside its last bracket, one argument a line with a trailing comma', () => {
    expect(wrapLine('X: Op[A] = Op("GET", "/a", params=(P("a"), P("b")), idempotent=True)', 40)).toBe(
      ['X: Op[A] = Op(', '    "GET",', '    "/a",', '    params=(P("a"), P("b")),', '    idempotent=True,', ')'].join('\n'),
    );
  });

  it('splits an element that is still too long, keeping the indentation', () => {
    const wrapped = wrapLine('    f(alpha, g(beta_beta_beta, gamma_gamma_gamma, delta_delta))', 40);
    expect(wrapped).toBe(
      ['    f(', '        alpha,', '        g(', '            beta_beta_beta,', '            gamma_gamma_gamma,', '            delta_delta,', '        ),', '    )'].join('\n'),
    );
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('adds no comma in a subscript (Optional[X,] would be a tuple) and keeps what follows the bracket', () => {
    expect(wrapLine('    kind: Optional[Literal["first_value", "second_value"]] = NOT_GIVEN,', 40)).toBe(
      ['    kind: Optional[', '        Literal[', '            "first_value",', '            "second_value"', '        ]', '    ] = NOT_GIVEN,'].join('\n'),
    );
  });

  it('keeps a tuple a tuple and a parenthesised expression one expression', () => {
    expect(wrapLine('p = (Param("only_one_parameter_here", "query"),)', 30)).toContain('    Param(');
    expect(wrapLine('p = (Param("only_one_parameter_here", "query"),)', 30).split('\n').at(-1)).toBe(')');
    expect(wrapLine('return (first_long_operand + second_long_operand)', 30)).toBe('return (\n    first_long_operand + second_long_operand\n)');
  });

  it('never cuts a string, and does not split at commas or brackets inside one', () => {
    const wrapped = wrapLine('f("a, b, (c", "[d, e]", g)', 12);
    expect(wrapped).toBe('f(\n    "a, b, (c",\n    "[d, e]",\n    g,\n)');
    expect(wrapLine('x = "one long string, with (brackets) and, commas"', 10)).toBe('x = "one long string, with (brackets) and, commas"');
  });

  it('leaves a line with a trailing comment whole (a type: ignore must stay on its line)', () => {
    const line = 'return model_validate(data, strict=True, context=None)  # type: ignore[return-value]';
    expect(wrapLine(line, 40)).toBe(line);
  });
});

describe('wrapModule', () => {
  it('wraps code lines but not the lines of a docstring', () => {
    const source = ['def f():', '    """A docstring line, with (brackets), longer than the width."""', '    return call(first_argument, second_argument)', '"""', 'text(with, commas, in, a, long, docstring, line)', '"""'].join('\n');
    expect(wrapModule(source, 40).split('\n')).toEqual([
      'def f():',
      '    """A docstring line, with (brackets), longer than the width."""',
      '    return call(',
      '        first_argument,',
      '        second_argument,',
      '    )',
      '"""',
      'text(with, commas, in, a, long, docstring, line)',
      '"""',
    ]);
  });
});
