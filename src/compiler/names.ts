// Identifier rules shared by the checker and the backends: a user-chosen name must be a valid,
// non-reserved identifier in WGSL, CUDA C++ and TypeScript at once, so no template ever has to
// escape it. Names that collide with ropec's own run-time argument names are refused too.

const TYPESCRIPT = `break case catch class const continue debugger default delete do else enum export extends
false finally for function if import in instanceof new null return super switch this throw true try typeof var void
while with as implements interface let package private protected public static yield any boolean constructor declare
get module require number set string symbol type from of async await undefined NaN Infinity arguments eval object never
unknown bigint readonly keyof infer is asserts satisfies accessor globalThis`;

const CUDA_CPP = `alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t
class compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype
default delete do double dynamic_cast else enum explicit export extern false float for friend goto if inline int long
mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public register
reinterpret_cast requires restrict return short signed sizeof static static_assert static_cast struct switch template
this thread_local throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while xor
xor_eq int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t size_t ptrdiff_t half half2 float2 float4
int2 int4 uint2 uint4 dim3 threadIdx blockIdx blockDim gridDim warpSize __half __nv_bfloat16 main NULL assert printf
malloc free memcpy memset sin cos sinf cosf sincosf exp exp2 log log2 pow powf sqrt fabs floor ceil round fmod`;

const WGSL = `alias break case const const_assert continue continuing default diagnostic discard else enable false fn
for if let loop override requires return struct switch true var while array atomic bool f16 f32 i32 mat2x2 mat2x3
mat2x4 mat3x2 mat3x3 mat3x4 mat4x2 mat4x3 mat4x4 ptr sampler sampler_comparison texture_1d texture_2d u32 vec2 vec3
vec4 NULL Self abstract active addrspace align asm async attribute auto await become binding_array cast catch class
co_await co_return co_yield coherent column_major common compile compile_fragment concept const_cast consteval
constexpr constinit crate debugger decltype delete demote demote_to_helper do dynamic_cast enum explicit export
extends extern external fallthrough filter final finally friend from fxgroup get goto groupshared highp impl implements
import inline instanceof interface layout lowp macro macro_rules match mediump meta mod module move mut mutable
namespace new nil noexcept noinline nointerpolation noperspective null nullptr of operator package packoffset
partition pass patch pixelfragment precise precision premerge priv protected pub public readonly ref regardless
register reinterpret_cast require resource restrict self set shared sizeof smooth snorm static static_assert
static_cast std subroutine super target template this thread_local throw trait try type typedef typeid typename typeof
union unless unorm unsafe unsized use using varying virtual volatile wgsl where with writeonly yield sin cos select
min max clamp floor round fract bitcast storage uniform function private workgroup read read_write`;

/** Names of ropec's own run-time arguments and tensors; user axis names must not shadow them. */
const ROPEC_RESERVED = `q k out batch seq tokens heads dim offset offsets positions cu_seqlens seq_len q_heads
k_heads sizes pair lane token head rope q_out k_out stream segment_table segment_values segment_value_count
segment_words position_ids k_tokens k_offset k_positions`;

export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  [TYPESCRIPT, CUDA_CPP, WGSL].join(' ').split(/\s+/).filter((w) => w.length > 0),
);
const ROPEC_WORDS: ReadonlySet<string> = new Set(ROPEC_RESERVED.split(/\s+/).filter((w) => w.length > 0));

export const MAX_NAME_LENGTH = 48;

/** Why `name` cannot be used as a spec or axis name, or undefined when it can. */
export function identifierProblem(name: string, role: 'spec' | 'axis'): string | undefined {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    return `'${name}' must start with a lower-case ASCII letter and hold only a-z, 0-9 and '_'`;
  }
  if (name.length > MAX_NAME_LENGTH) return `'${name}' is longer than ${MAX_NAME_LENGTH} characters`;
  if (name.includes('__')) return `'${name}' contains '__', which C++ reserves`;
  // Generated identifiers append to the name (ropec_NAME_launch): a trailing '_' would make '__'.
  if (name.endsWith('_')) return `'${name}' ends with '_', which would put '__' in generated C++ identifiers`;
  if (RESERVED_WORDS.has(name)) return `'${name}' is a reserved word in WGSL, CUDA C++ or TypeScript`;
  if (name === 'rope') return "'rope' is the keyword that starts a rope block";
  // Every axis gets a size argument grid_AXIS, so an axis named grid_t would collide with axis t's.
  if (role === 'axis' && name.startsWith('grid_')) return `'${name}' starts with 'grid_', which ropec uses for the grid size arguments of axes`;
  if (role === 'axis' && ROPEC_WORDS.has(name)) return `'${name}' is the name of one of ropec's run-time arguments`;
  return undefined;
}
