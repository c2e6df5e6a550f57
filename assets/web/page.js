(()=>{var q=()=>new Map,Eo=t=>{let e=q();return t.forEach((o,n)=>{e.set(n,o)}),e},K=(t,e,o)=>{let n=t.get(e);return n===void 0&&t.set(e,n=o()),n},ji=(t,e)=>{let o=[];for(let[n,r]of t)o.push(e(r,n));return o},Vi=(t,e)=>{for(let[o,n]of t)if(e(n,o))return!0;return!1};var ne=()=>new Set;var Ao=t=>t[t.length-1];var Bi=(t,e)=>{for(let o=0;o<e.length;o++)t.push(e[o])},ie=Array.from,To=(t,e)=>{for(let o=0;o<t.length;o++)if(!e(t[o],o,t))return!1;return!0},Uo=(t,e)=>{for(let o=0;o<t.length;o++)if(e(t[o],o,t))return!0;return!1};var Fi=(t,e)=>{let o=new Array(t);for(let n=0;n<t;n++)o[n]=e(n,o);return o};var Re=Array.isArray;var _o=class{constructor(){this._observers=q()}on(e,o){return K(this._observers,e,ne).add(o),o}once(e,o){let n=(...r)=>{this.off(e,n),o(...r)};this.on(e,n)}off(e,o){let n=this._observers.get(e);n!==void 0&&(n.delete(o),n.size===0&&this._observers.delete(e))}emit(e,o){return ie((this._observers.get(e)||q()).values()).forEach(n=>n(...o))}destroy(){this._observers=q()}},it=class{constructor(){this._observers=q()}on(e,o){K(this._observers,e,ne).add(o)}once(e,o){let n=(...r)=>{this.off(e,n),o(...r)};this.on(e,n)}off(e,o){let n=this._observers.get(e);n!==void 0&&(n.delete(o),n.size===0&&this._observers.delete(e))}emit(e,o){return ie((this._observers.get(e)||q()).values()).forEach(n=>n(...o))}destroy(){this._observers=q()}};var V=Math.floor;var Pe=Math.abs;var st=(t,e)=>t<e?t:e,be=(t,e)=>t>e?t:e,Du=Number.isNaN,zi=Math.pow;var Io=t=>t!==0?t<0:1/t<0;var at=Number.MAX_SAFE_INTEGER,Yn=Number.MIN_SAFE_INTEGER,Ou=1<<31;var Gi=Number.isInteger||(t=>typeof t=="number"&&isFinite(t)&&V(t)===t),Nu=Number.isNaN,qu=Number.parseInt;var jt=String.fromCharCode,Kc=String.fromCodePoint,Ru=jt(65535),Zc=t=>t.toLowerCase(),el=/^\s*/g,tl=t=>t.replace(el,""),ol=/([A-Z])/g,Qn=(t,e)=>tl(t.replace(ol,o=>`${e}${Zc(o)}`));var nl=t=>{let e=unescape(encodeURIComponent(t)),o=e.length,n=new Uint8Array(o);for(let r=0;r<o;r++)n[r]=e.codePointAt(r);return n},lt=typeof TextEncoder<"u"?new TextEncoder:null,rl=t=>lt.encode(t),Wi=lt?rl:nl;var ct=typeof TextDecoder>"u"?null:new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0});ct&&ct.decode(new Uint8Array).length===1&&(ct=null);var Hi=(t,e)=>Fi(e,()=>t).join("");var je=class{constructor(){this.cpos=0,this.cbuf=new Uint8Array(100),this.bufs=[]}},_=()=>new je;var Do=t=>{let e=t.cpos;for(let o=0;o<t.bufs.length;o++)e+=t.bufs[o].length;return e};var E=t=>{let e=new Uint8Array(Do(t)),o=0;for(let n=0;n<t.bufs.length;n++){let r=t.bufs[n];e.set(r,o),o+=r.length}return e.set(new Uint8Array(t.cbuf.buffer,0,t.cpos),o),e},il=(t,e)=>{let o=t.cbuf.length;o-t.cpos<e&&(t.bufs.push(new Uint8Array(t.cbuf.buffer,0,t.cpos)),t.cbuf=new Uint8Array(be(o,e)*2),t.cpos=0)},R=(t,e)=>{let o=t.cbuf.length;t.cpos===o&&(t.bufs.push(t.cbuf),t.cbuf=new Uint8Array(o*2),t.cpos=0),t.cbuf[t.cpos++]=e};var Oo=R;var v=(t,e)=>{for(;e>127;)R(t,128|127&e),e=V(e/128);R(t,127&e)},No=(t,e)=>{let o=Io(e);for(o&&(e=-e),R(t,(e>63?128:0)|(o?64:0)|63&e),e=V(e/64);e>0;)R(t,(e>127?128:0)|127&e),e=V(e/128)},Xn=new Uint8Array(3e4),sl=Xn.length/3,al=(t,e)=>{if(e.length<sl){let o=lt.encodeInto(e,Xn).written||0;v(t,o);for(let n=0;n<o;n++)R(t,Xn[n])}else T(t,Wi(e))},cl=(t,e)=>{let o=unescape(encodeURIComponent(e)),n=o.length;v(t,n);for(let r=0;r<n;r++)R(t,o.codePointAt(r))},xe=lt&&lt.encodeInto?al:cl;var Ft=(t,e)=>{let o=t.cbuf.length,n=t.cpos,r=st(o-n,e.length),i=e.length-r;t.cbuf.set(e.subarray(0,r),n),t.cpos+=r,i>0&&(t.bufs.push(t.cbuf),t.cbuf=new Uint8Array(be(o*2,i)),t.cbuf.set(e.subarray(r)),t.cpos=i)},T=(t,e)=>{v(t,e.byteLength),Ft(t,e)},Kn=(t,e)=>{il(t,e);let o=new DataView(t.cbuf.buffer,t.cpos,e);return t.cpos+=e,o},ll=(t,e)=>Kn(t,4).setFloat32(0,e,!1),dl=(t,e)=>Kn(t,8).setFloat64(0,e,!1),pl=(t,e)=>Kn(t,8).setBigInt64(0,e,!1);var Ji=new DataView(new ArrayBuffer(4)),ul=t=>(Ji.setFloat32(0,t),Ji.getFloat32(0)===t),pt=(t,e)=>{switch(typeof e){case"string":R(t,119),xe(t,e);break;case"number":Gi(e)&&Pe(e)<=2147483647?(R(t,125),No(t,e)):ul(e)?(R(t,124),ll(t,e)):(R(t,123),dl(t,e));break;case"bigint":R(t,122),pl(t,e);break;case"object":if(e===null)R(t,126);else if(Re(e)){R(t,117),v(t,e.length);for(let o=0;o<e.length;o++)pt(t,e[o])}else if(e instanceof Uint8Array)R(t,116),T(t,e);else{R(t,118);let o=Object.keys(e);v(t,o.length);for(let n=0;n<o.length;n++){let r=o[n];xe(t,r),pt(t,e[r])}}break;case"boolean":R(t,e?120:121);break;default:R(t,127)}},Bt=class extends je{constructor(e){super(),this.w=e,this.s=null,this.count=0}write(e){this.s===e?this.count++:(this.count>0&&v(this,this.count-1),this.count=1,this.w(this,e),this.s=e)}};var Qi=t=>{t.count>0&&(No(t.encoder,t.count===1?t.s:-t.s),t.count>1&&v(t.encoder,t.count-2))},Ve=class{constructor(){this.encoder=new je,this.s=0,this.count=0}write(e){this.s===e?this.count++:(Qi(this),this.count=1,this.s=e)}toUint8Array(){return Qi(this),E(this.encoder)}};var Xi=t=>{if(t.count>0){let e=t.diff*2+(t.count===1?0:1);No(t.encoder,e),t.count>1&&v(t.encoder,t.count-2)}},ut=class{constructor(){this.encoder=new je,this.s=0,this.count=0,this.diff=0}write(e){this.diff===e-this.s?(this.s=e,this.count++):(Xi(this),this.count=1,this.diff=e-this.s,this.s=e)}toUint8Array(){return Xi(this),E(this.encoder)}},Mo=class{constructor(){this.sarr=[],this.s="",this.lensE=new Ve}write(e){this.s+=e,this.s.length>19&&(this.sarr.push(this.s),this.s=""),this.lensE.write(e.length)}toUint8Array(){let e=new je;return this.sarr.push(this.s),this.s="",xe(e,this.sarr.join("")),Ft(e,this.lensE.toUint8Array()),E(e)}};var Z=t=>new Error(t),ee=()=>{throw Z("Method unimplemented")},Y=()=>{throw Z("Unexpected case")};var Po=Z("Unexpected end of array"),Ki=Z("Integer out of Range"),hl=(t,e,o)=>{if(e<0||o<0||e+o>t.length)throw Po;return new Uint8Array(t.buffer,t.byteOffset+e,o)},ml=(t,e,o)=>{if(e<0||o<0||e+o>t.length)throw Po;return new DataView(t.buffer,t.byteOffset+e,o)},ht=class{constructor(e){this.arr=e,this.pos=0}},ae=t=>new ht(t),Zi=t=>t.pos!==t.arr.length;var fl=(t,e)=>{let o=hl(t.arr,t.pos,e);return t.pos+=e,o},I=t=>fl(t,b(t));var Be=t=>t.arr[t.pos++];var b=t=>{let e=0,o=1,n=t.arr.length;for(;t.pos<n;){let r=t.arr[t.pos++];if(e=e+(r&127)*o,o*=128,r<128)return e;if(e>at)throw Ki}throw Po},Lo=t=>{let e=t.arr[t.pos++],o=e&63,n=64,r=(e&64)>0?-1:1;if((e&128)===0)return r*o;let i=t.arr.length;for(;t.pos<i;){if(e=t.arr[t.pos++],o=o+(e&127)*n,n*=128,e<128)return r*o;if(o>at)throw Ki}throw Po};var gl=t=>{let e=b(t);if(e===0)return"";{let o=String.fromCodePoint(Be(t));if(--e<100)for(;e--;)o+=String.fromCodePoint(Be(t));else for(;e>0;){let n=e<1e4?e:1e4,r=t.arr.subarray(t.pos,t.pos+n);t.pos+=n,o+=String.fromCodePoint.apply(null,r),e-=n}return decodeURIComponent(escape(o))}},wl=t=>ct.decode(I(t)),se=ct?wl:gl;var er=(t,e)=>{let o=ml(t.arr,t.pos,e);return t.pos+=e,o},vl=t=>er(t,4).getFloat32(0,!1),yl=t=>er(t,8).getFloat64(0,!1),bl=t=>er(t,8).getBigInt64(0,!1);var xl=[t=>{},t=>null,Lo,vl,yl,bl,t=>!1,t=>!0,se,t=>{let e=b(t),o={};for(let n=0;n<e;n++){let r=se(t);o[r]=mt(t)}return o},t=>{let e=b(t),o=[];for(let n=0;n<e;n++)o.push(mt(t));return o},I],mt=t=>xl[127-Be(t)](t),zt=class extends ht{constructor(e,o){super(e),this.reader=o,this.s=null,this.count=0}read(){return this.count===0&&(this.s=this.reader(this),Zi(this)?this.count=b(this)+1:this.count=-1),this.count--,this.s}};var Fe=class extends ht{constructor(e){super(e),this.s=0,this.count=0}read(){if(this.count===0){this.s=Lo(this);let e=Io(this.s);this.count=1,e&&(this.s=-this.s,this.count=b(this)+2)}return this.count--,this.s}};var ft=class extends ht{constructor(e){super(e),this.s=0,this.count=0,this.diff=0}read(){if(this.count===0){let e=Lo(this),o=e&1;this.diff=V(e/2),this.count=1,o&&(this.count=b(this)+2)}return this.s+=this.diff,this.count--,this.s}},Ro=class{constructor(e){this.decoder=new Fe(e),this.str=se(this.decoder),this.spos=0}read(){let e=this.spos+this.decoder.read(),o=this.str.slice(this.spos,e);return this.spos=e,o}};var ju=crypto.subtle,es=crypto.getRandomValues.bind(crypto);var tr=()=>es(new Uint32Array(1))[0];var kl="10000000-1000-4000-8000"+-1e11,ts=()=>kl.replace(/[018]/g,t=>(t^tr()&15>>t/4).toString(16));var ce=Date.now;var nr=t=>new Promise(t);var Fu=Promise.all.bind(Promise);var rr=t=>t===void 0?null:t;var ir=class{constructor(){this.map=new Map}setItem(e,o){this.map.set(e,o)}getItem(e){return this.map.get(e)}},os=new ir,sr=!0;try{typeof window<"u"&&typeof localStorage<"u"&&localStorage&&(os=localStorage,sr=!1)}catch{}var jo=os,ns=t=>sr||addEventListener("storage",t),rs=t=>sr||removeEventListener("storage",t);var ze=Symbol("Equality"),Vo=(t,e)=>t===e||!!t?.[ze]?.(e)||!1;var ss=t=>typeof t=="object",as=Object.assign,Cl=Object.keys;var cs=(t,e)=>{for(let o in t)e(t[o],o)},ls=(t,e)=>{let o=[];for(let n in t)o.push(e(t[n],n));return o};var Wt=t=>Cl(t).length;var ds=t=>{for(let e in t)return!1;return!0},gt=(t,e)=>{for(let o in t)if(!e(t[o],o))return!1;return!0},Ht=(t,e)=>Object.prototype.hasOwnProperty.call(t,e),cr=(t,e)=>t===e||Wt(t)===Wt(e)&&gt(t,(o,n)=>(o!==void 0||Ht(e,n))&&Vo(e[n],o)),Al=Object.freeze,lr=t=>{for(let e in t){let o=t[e];(typeof o=="object"||typeof o=="function")&&lr(t[e])}return Al(t)};var Yt=(t,e,o=0)=>{try{for(;o<t.length;o++)t[o](...e)}finally{o<t.length&&Yt(t,e,o+1)}};var ps=t=>t;var Te=(t,e)=>{if(t===e)return!0;if(t==null||e==null||t.constructor!==e.constructor&&(t.constructor||Object)!==(e.constructor||Object))return!1;if(t[ze]!=null)return t[ze](e);switch(t.constructor){case ArrayBuffer:t=new Uint8Array(t),e=new Uint8Array(e);case Uint8Array:{if(t.byteLength!==e.byteLength)return!1;for(let o=0;o<t.length;o++)if(t[o]!==e[o])return!1;break}case Set:{if(t.size!==e.size)return!1;for(let o of t)if(!e.has(o))return!1;break}case Map:{if(t.size!==e.size)return!1;for(let o of t.keys())if(!e.has(o)||!Te(t.get(o),e.get(o)))return!1;break}case void 0:case Object:if(Wt(t)!==Wt(e))return!1;for(let o in t)if(!Ht(t,o)||!Te(t[o],e[o]))return!1;break;case Array:if(t.length!==e.length)return!1;for(let o=0;o<t.length;o++)if(!Te(t[o],e[o]))return!1;break;default:return!1}return!0},us=(t,e)=>e.includes(t);var ke=typeof process<"u"&&process.release&&/node|io\.js/.test(process.release.name)&&Object.prototype.toString.call(typeof process<"u"?process:0)==="[object process]",zo=typeof window<"u"&&typeof document<"u"&&!ke,zu=typeof navigator<"u"?/Mac/.test(navigator.platform):!1,le,Tl=[],Ul=()=>{if(le===void 0)if(ke){le=q();let t=process.argv,e=null;for(let o=0;o<t.length;o++){let n=t[o];n[0]==="-"?(e!==null&&le.set(e,""),e=n):e!==null?(le.set(e,n),e=null):Tl.push(n)}e!==null&&le.set(e,"")}else typeof location=="object"?(le=q(),(location.search||"?").slice(1).split("&").forEach(t=>{if(t.length!==0){let[e,o]=t.split("=");le.set(`--${Qn(e,"-")}`,o),le.set(`-${Qn(e,"-")}`,o)}})):le=q();return le},dr=t=>Ul().has(t);var Jt=t=>ke?rr(process.env[t.toUpperCase().replaceAll("-","_")]):rr(jo.getItem(t));var hs=t=>dr("--"+t)||Jt(t)!==null,ms=hs("production"),_l=ke&&us(process.env.FORCE_COLOR,["true","1","2"]),fs=_l||!dr("--no-colors")&&!hs("no-color")&&(!ke||process.stdout.isTTY)&&(!ke||dr("--color")||Jt("COLORTERM")!==null||(Jt("TERM")||"").includes("color"));var gs=t=>new Uint8Array(t);var ws=t=>new Uint8Array(t),Il=t=>{let e="";for(let o=0;o<t.byteLength;o++)e+=jt(t[o]);return btoa(e)},Ml=t=>Buffer.from(t.buffer,t.byteOffset,t.byteLength).toString("base64"),Dl=t=>{let e=atob(t),o=gs(e.length);for(let n=0;n<e.length;n++)o[n]=e.charCodeAt(n);return o},Ol=t=>new Uint8Array(Buffer.from(t,"base64")),vs=zo?Il:Ml,ys=zo?Dl:Ol;var bs=t=>{let e=gs(t.byteLength);return e.set(t),e};var pr=class{constructor(e,o){this.left=e,this.right=o}},de=(t,e)=>new pr(t,e);var ur=t=>t.next()>=.5,Go=(t,e,o)=>V(t.next()*(o+1-e)+e);var hr=(t,e,o)=>V(t.next()*(o+1-e)+e);var mr=(t,e,o)=>hr(t,e,o);var ql=t=>jt(mr(t,97,122)),ks=(t,e=0,o=20)=>{let n=mr(t,e,o),r="";for(let i=0;i<n;i++)r+=ql(t);return r};var Wo=(t,e)=>e[mr(t,0,e.length-1)];var Pl=Symbol("0schema"),fr=class{constructor(){this._rerrs=[]}extend(e,o,n,r=null){this._rerrs.push({path:e,expected:o,has:n,message:r})}toString(){let e=[];for(let o=this._rerrs.length-1;o>0;o--){let n=this._rerrs[o];e.push(Hi(" ",(this._rerrs.length-o)*2)+`${n.path!=null?`[${n.path}] `:""}${n.has} doesn't match ${n.expected}. ${n.message}`)}return e.join(`
`)}},gr=(t,e)=>t===e?!0:t==null||e==null||t.constructor!==e.constructor?!1:t[ze]?Vo(t,e):Re(t)?To(t,o=>Uo(e,n=>gr(o,n))):ss(t)?gt(t,(o,n)=>gr(o,e[n])):!1,B=class{static _dilutes=!1;extends(e){let[o,n]=[this.shape,e.shape];return this.constructor._dilutes&&([n,o]=[o,n]),gr(o,n)}equals(e){return this.constructor===e.constructor&&Te(this.shape,e.shape)}[Pl](){return!0}[ze](e){return this.equals(e)}validate(e){return this.check(e)}check(e,o){ee()}get nullable(){return xt(this,rn)}get optional(){return new Ho(this)}cast(e){return Ss(e,this),e}expect(e){return Ss(e,this),e}},Xt=class extends B{constructor(e,o){super(),this.shape=e,this._c=o}check(e,o=void 0){let n=e?.constructor===this.shape&&(this._c==null||this._c(e));return!n&&o?.extend(null,this.shape.name,e?.constructor.name,e?.constructor!==this.shape?"Constructor match failed":"Check failed"),n}},U=(t,e=null)=>new Xt(t,e),Wu=U(Xt),Kt=class extends B{constructor(e){super(),this.shape=e}check(e,o){let n=this.shape(e);return!n&&o?.extend(null,"custom prop",e?.constructor.name,"failed to check custom prop"),n}},M=t=>new Kt(t),Hu=U(Kt),yt=class extends B{constructor(e){super(),this.shape=e}check(e,o){let n=this.shape.some(r=>r===e);return!n&&o?.extend(null,this.shape.join(" | "),e.toString()),n}},on=(...t)=>new yt(t),$s=U(yt),Ll=RegExp.escape||(t=>t.replace(/[().|&,$^[\]]/g,e=>"\\"+e)),Es=t=>{if(bt.check(t))return[Ll(t)];if($s.check(t))return t.shape.map(e=>e+"");if(_s.check(t))return["[+-]?\\d+.?\\d*"];if(Is.check(t))return[".*"];if(en.check(t))return t.shape.map(Es).flat(1);Y()},wr=class extends B{constructor(e){super(),this.shape=e,this._r=new RegExp("^"+e.map(Es).map(o=>`(${o.join("|")})`).join("")+"$")}check(e,o){let n=this._r.exec(e)!=null;return!n&&o?.extend(null,this._r.toString(),e.toString(),"String doesn't match string template."),n}};var Yu=U(wr),jl=Symbol("optional"),Ho=class extends B{constructor(e){super(),this.shape=e}check(e,o){let n=e===void 0||this.shape.check(e);return!n&&o?.extend(null,"undefined (optional)","()"),n}get[jl](){return!0}},Vl=U(Ho),Yo=class extends B{check(e,o){return o?.extend(null,"never",typeof e),!1}},Ju=new Yo,Qu=U(Yo),Jo=class t extends B{constructor(e,o=!1){super(),this.shape=e,this._isPartial=o}static _dilutes=!0;get partial(){return new t(this.shape,!0)}check(e,o){return e==null?(o?.extend(null,"object","null"),!1):gt(this.shape,(n,r)=>{let i=this._isPartial&&!Ht(e,r)||n.check(e[r],o);return!i&&o?.extend(r.toString(),n.toString(),typeof e[r],"Object property does not match"),i})}},Bl=t=>new Jo(t),Fl=U(Jo),zl=M(t=>t!=null&&(t.constructor===Object||t.constructor==null)),Qo=class extends B{constructor(e,o){super(),this.shape={keys:e,values:o}}check(e,o){return e!=null&&gt(e,(n,r)=>{let i=this.shape.keys.check(r,o);return!i&&o?.extend(r+"","Record",typeof e,i?"Key doesn't match schema":"Value doesn't match value"),i&&this.shape.values.check(n,o)})}},Cs=(t,e)=>new Qo(t,e),Gl=U(Qo),Xo=class extends B{constructor(e){super(),this.shape=e}check(e,o){return e!=null&&gt(this.shape,(n,r)=>{let i=n.check(e[r],o);return!i&&o?.extend(r.toString(),"Tuple",typeof n),i})}},Wl=(...t)=>new Xo(t),Xu=U(Xo),Ko=class extends B{constructor(e){super(),this.shape=e.length===1?e[0]:new Zt(e)}check(e,o){let n=Re(e)&&To(e,r=>this.shape.check(r));return!n&&o?.extend(null,"Array",""),n}},As=(...t)=>new Ko(t),Hl=U(Ko),Yl=M(t=>Re(t)),Zo=class extends B{constructor(e,o){super(),this.shape=e,this._c=o}check(e,o){let n=e instanceof this.shape&&(this._c==null||this._c(e));return!n&&o?.extend(null,this.shape.name,e?.constructor.name),n}},Jl=(t,e=null)=>new Zo(t,e),Ku=U(Zo),Ql=Jl(B),vr=class extends B{constructor(e){super(),this.len=e.length-1,this.args=Wl(...e.slice(-1)),this.res=e[this.len]}check(e,o){let n=e.constructor===Function&&e.length<=this.len;return!n&&o?.extend(null,"function",typeof e),n}};var Xl=U(vr),Kl=M(t=>typeof t=="function"),yr=class extends B{constructor(e){super(),this.shape=e}check(e,o){let n=To(this.shape,r=>r.check(e,o));return!n&&o?.extend(null,"Intersectinon",typeof e),n}};var Zu=U(yr,t=>t.shape.length>0),Zt=class extends B{static _dilutes=!0;constructor(e){super(),this.shape=e}check(e,o){let n=Uo(this.shape,r=>r.check(e,o));return o?.extend(null,"Union",typeof e),n}},xt=(...t)=>t.findIndex(e=>en.check(e))>=0?xt(...t.map(e=>eo(e)).map(e=>en.check(e)?e.shape:[e]).flat(1)):t.length===1?t[0]:new Zt(t),en=U(Zt),Ts=()=>!0,tn=M(Ts),Zl=U(Kt,t=>t.shape===Ts),xr=M(t=>typeof t=="bigint"),ed=M(t=>t===xr),Us=M(t=>typeof t=="symbol"),eh=M(t=>t===Us),vt=M(t=>typeof t=="number"),_s=M(t=>t===vt),bt=M(t=>typeof t=="string"),Is=M(t=>t===bt),nn=M(t=>typeof t=="boolean"),td=M(t=>t===nn),Ms=on(void 0),th=U(yt,t=>t.shape.length===1&&t.shape[0]===void 0),oh=on(void 0);var rn=on(null),od=U(yt,t=>t.shape.length===1&&t.shape[0]===null),nh=U(Uint8Array),rh=U(Xt,t=>t.shape===Uint8Array),nd=xt(vt,bt,rn,Ms,xr,nn,Us),ih=(()=>{let t=As(tn),e=Cs(bt,tn),o=xt(vt,bt,rn,nn,t,e);return t.shape=o,e.shape.values=o,o})(),eo=t=>{if(Ql.check(t))return t;if(zl.check(t)){let e={};for(let o in t)e[o]=eo(t[o]);return Bl(e)}else{if(Yl.check(t))return xt(...t.map(eo));if(nd.check(t))return on(t);if(Kl.check(t))return U(t)}Y()},Ss=ms?()=>{}:(t,e)=>{let o=new fr;if(!e.check(t,o))throw Z(`Expected value to be of type ${e.constructor.name}.
${o.toString()}`)},br=class{constructor(e){this.patterns=[],this.$state=e}if(e,o){return this.patterns.push({if:eo(e),h:o}),this}else(e){return this.if(tn,e)}done(){return(e,o)=>{for(let n=0;n<this.patterns.length;n++){let r=this.patterns[n];if(r.if.check(e))return r.h(e,o)}throw Z("Unhandled pattern")}}},rd=t=>new br(t),Ds=rd(tn).if(_s,(t,e)=>Go(e,Yn,at)).if(Is,(t,e)=>ks(e)).if(td,(t,e)=>ur(e)).if(ed,(t,e)=>BigInt(Go(e,Yn,at))).if(en,(t,e)=>wt(e,Wo(e,t.shape))).if(Fl,(t,e)=>{let o={};for(let n in t.shape){let r=t.shape[n];if(Vl.check(r)){if(ur(e))continue;r=r.shape}o[n]=Ds(r,e)}return o}).if(Hl,(t,e)=>{let o=[],n=hr(e,0,42);for(let r=0;r<n;r++)o.push(wt(e,t.shape));return o}).if($s,(t,e)=>Wo(e,t.shape)).if(od,(t,e)=>null).if(Xl,(t,e)=>{let o=wt(e,t.res);return()=>o}).if(Zl,(t,e)=>wt(e,Wo(e,[vt,bt,rn,Ms,xr,nn,As(vt),Cs(xt("a","b","c"),vt)]))).if(Gl,(t,e)=>{let o={},n=Go(e,0,3);for(let r=0;r<n;r++){let i=wt(e,t.shape.keys),s=wt(e,t.shape.values);o[i]=s}return o}).done(),wt=(t,e)=>Ds(eo(e),t);var Ge=typeof document<"u"?document:{};var sh=M(t=>t.nodeType===ld);var ah=typeof DOMParser<"u"?new DOMParser:null;var ch=M(t=>t.nodeType===sd);var lh=M(t=>t.nodeType===ad);var Os=t=>ji(t,(e,o)=>`${o}:${e};`).join("");var sd=Ge.ELEMENT_NODE,ad=Ge.TEXT_NODE,dh=Ge.CDATA_SECTION_NODE,ph=Ge.COMMENT_NODE,cd=Ge.DOCUMENT_NODE,uh=Ge.DOCUMENT_TYPE_NODE,ld=Ge.DOCUMENT_FRAGMENT_NODE,hh=M(t=>t.nodeType===cd);var pe=Symbol;var to=pe(),oo=pe(),kr=pe(),Sr=pe(),$r=pe(),no=pe(),Er=pe(),kt=pe(),Cr=pe(),Ns=t=>{t.length===1&&t[0]?.constructor===Function&&(t=t[0]());let e=[],o=[],n=0;for(;n<t.length;n++){let r=t[n];if(r===void 0)break;if(r.constructor===String||r.constructor===Number)e.push(r);else if(r.constructor===Object)break}for(n>0&&o.push(e.join(""));n<t.length;n++){let r=t[n];r instanceof Symbol||o.push(r)}return o};var mh=ce();var hd={[to]:de("font-weight","bold"),[oo]:de("font-weight","normal"),[kr]:de("color","blue"),[$r]:de("color","green"),[Sr]:de("color","grey"),[no]:de("color","red"),[Er]:de("color","purple"),[kt]:de("color","orange"),[Cr]:de("color","black")},md=t=>{t.length===1&&t[0]?.constructor===Function&&(t=t[0]());let e=[],o=[],n=q(),r=[],i=0;for(;i<t.length;i++){let s=t[i],a=hd[s];if(a!==void 0)n.set(a.left,a.right);else{if(s===void 0)break;if(s.constructor===String||s.constructor===Number){let c=Os(n);i>0||c.length>0?(e.push("%c"+s),o.push(c)):e.push(s)}else break}}for(i>0&&(r=o,r.unshift(e.join("")));i<t.length;i++){let s=t[i];s instanceof Symbol||r.push(s)}return r},qs=fs?md:Ns,Rs=(...t)=>{console.log(...qs(t)),Ls.forEach(e=>e.print(t))},Ps=(...t)=>{console.warn(...qs(t)),t.unshift(kt),Ls.forEach(e=>e.print(t))};var Ls=ne();var js=t=>({[Symbol.iterator](){return this},next:t}),Vs=(t,e)=>js(()=>{let o;do o=t.next();while(!o.done&&!e(o.value));return o}),sn=(t,e)=>js(()=>{let{done:o,value:n}=t.next();return{done:o,value:o?void 0:e(n)}});var $t=class{constructor(e,o){this.clock=e,this.len=o}},We=class{constructor(){this.clients=new Map}},ta=(t,e,o)=>e.clients.forEach((n,r)=>{let i=t.doc.store.clients.get(r);if(i!=null){let s=i[i.length-1],a=s.id.clock+s.length;for(let c=0,l=n[c];c<n.length&&l.clock<a;l=n[++c])ha(t,i,l.clock,l.len,o)}}),yd=(t,e)=>{let o=0,n=t.length-1;for(;o<=n;){let r=V((o+n)/2),i=t[r],s=i.clock;if(s<=e){if(e<s+i.len)return r;o=r+1}else n=r-1}return null},oa=(t,e)=>{let o=t.clients.get(e.client);return o!==void 0&&yd(o,e.clock)!==null},zr=t=>{t.clients.forEach(e=>{e.sort((r,i)=>r.clock-i.clock);let o,n;for(o=1,n=1;o<e.length;o++){let r=e[n-1],i=e[o];r.clock+r.len>=i.clock?e[n-1]=new $t(r.clock,be(r.len,i.clock+i.len-r.clock)):(n<o&&(e[n]=i),n++)}e.length=n})},bd=t=>{let e=new We;for(let o=0;o<t.length;o++)t[o].clients.forEach((n,r)=>{if(!e.clients.has(r)){let i=n.slice();for(let s=o+1;s<t.length;s++)Bi(i,t[s].clients.get(r)||[]);e.clients.set(r,i)}});return zr(e),e},un=(t,e,o,n)=>{K(t.clients,e,()=>[]).push(new $t(o,n))},na=()=>new We,xd=t=>{let e=na();return t.clients.forEach((o,n)=>{let r=[];for(let i=0;i<o.length;i++){let s=o[i];if(s.deleted){let a=s.id.clock,c=s.length;if(i+1<o.length)for(let l=o[i+1];i+1<o.length&&l.deleted;l=o[++i+1])c+=l.length;r.push(new $t(a,c))}}r.length>0&&e.clients.set(n,r)}),e},Tt=(t,e)=>{v(t.restEncoder,e.clients.size),ie(e.clients.entries()).sort((o,n)=>n[0]-o[0]).forEach(([o,n])=>{t.resetDsCurVal(),v(t.restEncoder,o);let r=n.length;v(t.restEncoder,r);for(let i=0;i<r;i++){let s=n[i];t.writeDsClock(s.clock),t.writeDsLen(s.len)}})},Gr=t=>{let e=new We,o=b(t.restDecoder);for(let n=0;n<o;n++){t.resetDsCurVal();let r=b(t.restDecoder),i=b(t.restDecoder);if(i>0){let s=K(e.clients,r,()=>[]);for(let a=0;a<i;a++)s.push(new $t(t.readDsClock(),t.readDsLen()))}}return e},zs=(t,e,o)=>{let n=new We,r=b(t.restDecoder);for(let i=0;i<r;i++){t.resetDsCurVal();let s=b(t.restDecoder),a=b(t.restDecoder),c=o.clients.get(s)||[],l=P(o,s);for(let d=0;d<a;d++){let p=t.readDsClock(),u=p+t.readDsLen();if(p<l){l<u&&un(n,s,l,u-l);let h=ue(c,p),f=c[h];for(!f.deleted&&f.id.clock<p&&(c.splice(h+1,0,kn(e,f,p-f.id.clock)),h++);h<c.length&&(f=c[h++],f.id.clock<u);)f.deleted||(u<f.id.clock+f.length&&c.splice(h,0,kn(e,f,u-f.id.clock)),f.delete(e))}else un(n,s,p,u-p)}}if(n.clients.size>0){let i=new Se;return v(i.restEncoder,0),Tt(i,n),i.toUint8Array()}return null};var ra=tr,He=class t extends _o{constructor({guid:e=ts(),collectionid:o=null,gc:n=!0,gcFilter:r=()=>!0,meta:i=null,autoLoad:s=!1,shouldLoad:a=!0}={}){super(),this.gc=n,this.gcFilter=r,this.clientID=ra(),this.guid=e,this.collectionid=o,this.share=new Map,this.store=new wn,this._transaction=null,this._transactionCleanups=[],this.subdocs=new Set,this._item=null,this.shouldLoad=a,this.autoLoad=s,this.meta=i,this.isLoaded=!1,this.isSynced=!1,this.isDestroyed=!1,this.whenLoaded=nr(l=>{this.on("load",()=>{this.isLoaded=!0,l(this)})});let c=()=>nr(l=>{let d=p=>{(p===void 0||p===!0)&&(this.off("sync",d),l())};this.on("sync",d)});this.on("sync",l=>{l===!1&&this.isSynced&&(this.whenSynced=c()),this.isSynced=l===void 0||l===!0,this.isSynced&&!this.isLoaded&&this.emit("load",[this])}),this.whenSynced=c()}load(){let e=this._item;e!==null&&!this.shouldLoad&&C(e.parent.doc,o=>{o.subdocsLoaded.add(this)},null,!0),this.shouldLoad=!0}getSubdocs(){return this.subdocs}getSubdocGuids(){return new Set(ie(this.subdocs).map(e=>e.guid))}transact(e,o=null){return C(this,e,o)}get(e,o=D){let n=K(this.share,e,()=>{let i=new o;return i._integrate(this,null),i}),r=n.constructor;if(o!==D&&r!==o)if(r===D){let i=new o;i._map=n._map,n._map.forEach(s=>{for(;s!==null;s=s.left)s.parent=i}),i._start=n._start;for(let s=i._start;s!==null;s=s.right)s.parent=i;return i._length=n._length,this.share.set(e,i),i._integrate(this,null),i}else throw new Error(`Type with the name ${e} has already been defined with a different constructor`);return n}getArray(e=""){return this.get(e,Je)}getText(e=""){return this.get(e,he)}getMap(e=""){return this.get(e,z)}getXmlElement(e=""){return this.get(e,po)}getXmlFragment(e=""){return this.get(e,Ct)}toJSON(){let e={};return this.share.forEach((o,n)=>{e[n]=o.toJSON()}),e}destroy(){this.isDestroyed=!0,ie(this.subdocs).forEach(o=>o.destroy());let e=this._item;if(e!==null){this._item=null;let o=e.content;o.doc=new t({guid:this.guid,...o.opts,shouldLoad:!1}),o.doc._item=e,C(e.parent.doc,n=>{let r=o.doc;e.deleted||n.subdocsAdded.add(r),n.subdocsRemoved.add(this)},null,!0)}this.emit("destroyed",[!0]),this.emit("destroy",[this]),super.destroy()}},hn=class{constructor(e){this.restDecoder=e}resetDsCurVal(){}readDsClock(){return b(this.restDecoder)}readDsLen(){return b(this.restDecoder)}},mn=class extends hn{readLeftID(){return k(b(this.restDecoder),b(this.restDecoder))}readRightID(){return k(b(this.restDecoder),b(this.restDecoder))}readClient(){return b(this.restDecoder)}readInfo(){return Be(this.restDecoder)}readString(){return se(this.restDecoder)}readParentInfo(){return b(this.restDecoder)===1}readTypeRef(){return b(this.restDecoder)}readLen(){return b(this.restDecoder)}readAny(){return mt(this.restDecoder)}readBuf(){return bs(I(this.restDecoder))}readJSON(){return JSON.parse(se(this.restDecoder))}readKey(){return se(this.restDecoder)}},Ur=class{constructor(e){this.dsCurrVal=0,this.restDecoder=e}resetDsCurVal(){this.dsCurrVal=0}readDsClock(){return this.dsCurrVal+=b(this.restDecoder),this.dsCurrVal}readDsLen(){let e=b(this.restDecoder)+1;return this.dsCurrVal+=e,e}},Me=class extends Ur{constructor(e){super(e),this.keys=[],b(e),this.keyClockDecoder=new ft(I(e)),this.clientDecoder=new Fe(I(e)),this.leftClockDecoder=new ft(I(e)),this.rightClockDecoder=new ft(I(e)),this.infoDecoder=new zt(I(e),Be),this.stringDecoder=new Ro(I(e)),this.parentInfoDecoder=new zt(I(e),Be),this.typeRefDecoder=new Fe(I(e)),this.lenDecoder=new Fe(I(e))}readLeftID(){return new Ie(this.clientDecoder.read(),this.leftClockDecoder.read())}readRightID(){return new Ie(this.clientDecoder.read(),this.rightClockDecoder.read())}readClient(){return this.clientDecoder.read()}readInfo(){return this.infoDecoder.read()}readString(){return this.stringDecoder.read()}readParentInfo(){return this.parentInfoDecoder.read()===1}readTypeRef(){return this.typeRefDecoder.read()}readLen(){return this.lenDecoder.read()}readAny(){return mt(this.restDecoder)}readBuf(){return I(this.restDecoder)}readJSON(){return mt(this.restDecoder)}readKey(){let e=this.keyClockDecoder.read();if(e<this.keys.length)return this.keys[e];{let o=this.stringDecoder.read();return this.keys.push(o),o}}},fn=class{constructor(){this.restEncoder=_()}toUint8Array(){return E(this.restEncoder)}resetDsCurVal(){}writeDsClock(e){v(this.restEncoder,e)}writeDsLen(e){v(this.restEncoder,e)}},Ye=class extends fn{writeLeftID(e){v(this.restEncoder,e.client),v(this.restEncoder,e.clock)}writeRightID(e){v(this.restEncoder,e.client),v(this.restEncoder,e.clock)}writeClient(e){v(this.restEncoder,e)}writeInfo(e){Oo(this.restEncoder,e)}writeString(e){xe(this.restEncoder,e)}writeParentInfo(e){v(this.restEncoder,e?1:0)}writeTypeRef(e){v(this.restEncoder,e)}writeLen(e){v(this.restEncoder,e)}writeAny(e){pt(this.restEncoder,e)}writeBuf(e){T(this.restEncoder,e)}writeJSON(e){xe(this.restEncoder,JSON.stringify(e))}writeKey(e){xe(this.restEncoder,e)}},gn=class{constructor(){this.restEncoder=_(),this.dsCurrVal=0}toUint8Array(){return E(this.restEncoder)}resetDsCurVal(){this.dsCurrVal=0}writeDsClock(e){let o=e-this.dsCurrVal;this.dsCurrVal=e,v(this.restEncoder,o)}writeDsLen(e){e===0&&Y(),v(this.restEncoder,e-1),this.dsCurrVal+=e}},Se=class extends gn{constructor(){super(),this.keyMap=new Map,this.keyClock=0,this.keyClockEncoder=new ut,this.clientEncoder=new Ve,this.leftClockEncoder=new ut,this.rightClockEncoder=new ut,this.infoEncoder=new Bt(Oo),this.stringEncoder=new Mo,this.parentInfoEncoder=new Bt(Oo),this.typeRefEncoder=new Ve,this.lenEncoder=new Ve}toUint8Array(){let e=_();return v(e,0),T(e,this.keyClockEncoder.toUint8Array()),T(e,this.clientEncoder.toUint8Array()),T(e,this.leftClockEncoder.toUint8Array()),T(e,this.rightClockEncoder.toUint8Array()),T(e,E(this.infoEncoder)),T(e,this.stringEncoder.toUint8Array()),T(e,E(this.parentInfoEncoder)),T(e,this.typeRefEncoder.toUint8Array()),T(e,this.lenEncoder.toUint8Array()),Ft(e,E(this.restEncoder)),E(e)}writeLeftID(e){this.clientEncoder.write(e.client),this.leftClockEncoder.write(e.clock)}writeRightID(e){this.clientEncoder.write(e.client),this.rightClockEncoder.write(e.clock)}writeClient(e){this.clientEncoder.write(e)}writeInfo(e){this.infoEncoder.write(e)}writeString(e){this.stringEncoder.write(e)}writeParentInfo(e){this.parentInfoEncoder.write(e?1:0)}writeTypeRef(e){this.typeRefEncoder.write(e)}writeLen(e){this.lenEncoder.write(e)}writeAny(e){pt(this.restEncoder,e)}writeBuf(e){T(this.restEncoder,e)}writeJSON(e){pt(this.restEncoder,e)}writeKey(e){let o=this.keyMap.get(e);o===void 0?(this.keyClockEncoder.write(this.keyClock++),this.stringEncoder.write(e)):this.keyClockEncoder.write(o)}},kd=(t,e,o,n)=>{n=be(n,e[0].id.clock);let r=ue(e,n);v(t.restEncoder,e.length-r),t.writeClient(o),v(t.restEncoder,n);let i=e[r];i.write(t,n-i.id.clock);for(let s=r+1;s<e.length;s++)e[s].write(t,0)},Wr=(t,e,o)=>{let n=new Map;o.forEach((r,i)=>{P(e,i)>r&&n.set(i,r)}),Sn(e).forEach((r,i)=>{o.has(i)||n.set(i,0)}),v(t.restEncoder,n.size),ie(n.entries()).sort((r,i)=>i[0]-r[0]).forEach(([r,i])=>{kd(t,e.clients.get(r),r,i)})},Sd=(t,e)=>{let o=q(),n=b(t.restDecoder);for(let r=0;r<n;r++){let i=b(t.restDecoder),s=new Array(i),a=t.readClient(),c=b(t.restDecoder);o.set(a,{i:0,refs:s});for(let l=0;l<i;l++){let d=t.readInfo();switch(31&d){case 0:{let p=t.readLen();s[l]=new J(k(a,c),p),c+=p;break}case 10:{let p=b(t.restDecoder);s[l]=new Q(k(a,c),p),c+=p;break}default:{let p=(d&192)===0,u=new L(k(a,c),null,(d&128)===128?t.readLeftID():null,null,(d&64)===64?t.readRightID():null,p?t.readParentInfo()?e.get(t.readString()):t.readLeftID():null,p&&(d&32)===32?t.readString():null,Ma(t,d));s[l]=u,c+=u.length}}}}return o},$d=(t,e,o)=>{let n=[],r=ie(o.keys()).sort((h,f)=>h-f);if(r.length===0)return null;let i=()=>{if(r.length===0)return null;let h=o.get(r[r.length-1]);for(;h.refs.length===h.i;)if(r.pop(),r.length>0)h=o.get(r[r.length-1]);else return null;return h},s=i();if(s===null)return null;let a=new wn,c=new Map,l=(h,f)=>{let x=c.get(h);(x==null||x>f)&&c.set(h,f)},d=s.refs[s.i++],p=new Map,u=()=>{for(let h of n){let f=h.id.client,x=o.get(f);x?(x.i--,a.clients.set(f,x.refs.slice(x.i)),o.delete(f),x.i=0,x.refs=[]):a.clients.set(f,[h]),r=r.filter(N=>N!==f)}n.length=0};for(;;){if(d.constructor!==Q){let f=K(p,d.id.client,()=>P(e,d.id.client))-d.id.clock;if(f<0)n.push(d),l(d.id.client,d.id.clock-1),u();else{let x=d.getMissing(t,e);if(x!==null){n.push(d);let N=o.get(x)||{refs:[],i:0};if(N.refs.length===N.i)l(x,P(e,x)),u();else{d=N.refs[N.i++];continue}}else(f===0||f<d.length)&&(d.integrate(t,f),p.set(d.id.client,d.id.clock+d.length))}}if(n.length>0)d=n.pop();else if(s!==null&&s.i<s.refs.length)d=s.refs[s.i++];else{if(s=i(),s===null)break;d=s.refs[s.i++]}}if(a.clients.size>0){let h=new Se;return Wr(h,a,new Map),v(h.restEncoder,0),{missing:c,update:h.toUint8Array()}}return null},Ed=(t,e)=>Wr(t,e.doc.store,e.beforeState),Cd=(t,e,o,n=new Me(t))=>C(e,r=>{r.local=!1;let i=!1,s=r.doc,a=s.store,c=Sd(n,s),l=$d(r,a,c),d=a.pendingStructs;if(d){for(let[u,h]of d.missing)if(h<P(a,u)){i=!0;break}if(l){for(let[u,h]of l.missing){let f=d.missing.get(u);(f==null||f>h)&&d.missing.set(u,h)}d.update=vn([d.update,l.update])}}else a.pendingStructs=l;let p=zs(n,r,a);if(a.pendingDs){let u=new Me(ae(a.pendingDs));b(u.restDecoder);let h=zs(u,r,a);p&&h?a.pendingDs=vn([p,h]):a.pendingDs=p||h}else a.pendingDs=p;if(i){let u=a.pendingStructs.update;a.pendingStructs=null,ia(r.doc,u)}},o,!1);var ia=(t,e,o,n=Me)=>{let r=ae(e);Cd(r,t,o,new n(r))},sa=(t,e,o)=>ia(t,e,o,mn),Ad=(t,e,o=new Map)=>{Wr(t,e.store,o),Tt(t,xd(e.store))},Td=(t,e=new Uint8Array([0]),o=new Se)=>{let n=ca(e);Ad(o,t,n);let r=[o.toUint8Array()];if(t.store.pendingDs&&r.push(t.store.pendingDs),t.store.pendingStructs&&r.push(Vd(t.store.pendingStructs.update,e)),r.length>1){if(o.constructor===Ye)return Ld(r.map((i,s)=>s===0?i:Fd(i)));if(o.constructor===Se)return vn(r)}return r[0]},aa=(t,e)=>Td(t,e,new Ye),Ud=t=>{let e=new Map,o=b(t.restDecoder);for(let n=0;n<o;n++){let r=b(t.restDecoder),i=b(t.restDecoder);e.set(r,i)}return e},ca=t=>Ud(new hn(ae(t))),la=(t,e)=>(v(t.restEncoder,e.size),ie(e.entries()).sort((o,n)=>n[0]-o[0]).forEach(([o,n])=>{v(t.restEncoder,o),v(t.restEncoder,n)}),t),_d=(t,e)=>la(t,Sn(e.store)),Id=(t,e=new gn)=>(t instanceof Map?la(e,t):_d(e,t),e.toUint8Array()),da=t=>Id(t,new fn),_r=class{constructor(){this.l=[]}},Gs=()=>new _r,Ws=(t,e)=>t.l.push(e),Hs=(t,e)=>{let o=t.l,n=o.length;t.l=o.filter(r=>e!==r),n===t.l.length&&console.error("[yjs] Tried to remove event handler that doesn't exist.")},pa=(t,e,o)=>Yt(t.l,[e,o]),Ie=class{constructor(e,o){this.client=e,this.clock=o}},an=(t,e)=>t===e||t!==null&&e!==null&&t.client===e.client&&t.clock===e.clock,k=(t,e)=>new Ie(t,e);var Md=t=>{for(let[e,o]of t.doc.share.entries())if(o===t)return e;throw Y()};var Ir=class{constructor(e,o){this.ds=e,this.sv=o}};var Dd=(t,e)=>new Ir(t,e),$h=Dd(na(),new Map);var St=(t,e)=>e===void 0?!t.deleted:e.sv.has(t.id.client)&&(e.sv.get(t.id.client)||0)>t.id.clock&&!oa(e.ds,t.id),Mr=(t,e)=>{let o=K(t.meta,Mr,ne),n=t.doc.store;o.has(e)||(e.sv.forEach((r,i)=>{r<P(n,i)&&De(t,k(i,r))}),ta(t,e.ds,r=>{}),o.add(e))};var wn=class{constructor(){this.clients=new Map,this.pendingStructs=null,this.pendingDs=null}},Sn=t=>{let e=new Map;return t.clients.forEach((o,n)=>{let r=o[o.length-1];e.set(n,r.id.clock+r.length)}),e},P=(t,e)=>{let o=t.clients.get(e);if(o===void 0)return 0;let n=o[o.length-1];return n.id.clock+n.length},ua=(t,e)=>{let o=t.clients.get(e.id.client);if(o===void 0)o=[],t.clients.set(e.id.client,o);else{let n=o[o.length-1];if(n.id.clock+n.length!==e.id.clock)throw Y()}o.push(e)},ue=(t,e)=>{let o=0,n=t.length-1,r=t[n],i=r.id.clock;if(i===e)return n;let s=V(e/(i+r.length-1)*n);for(;o<=n;){if(r=t[s],i=r.id.clock,i<=e){if(e<i+r.length)return s;o=s+1}else n=s-1;s=V((o+n)/2)}throw Y()},Od=(t,e)=>{let o=t.clients.get(e.client);return o[ue(o,e.clock)]},Ar=Od,Dr=(t,e,o)=>{let n=ue(e,o),r=e[n];return r.id.clock<o&&r instanceof L?(e.splice(n+1,0,kn(t,r,o-r.id.clock)),n+1):n},De=(t,e)=>{let o=t.doc.store.clients.get(e.client);return o[Dr(t,o,e.clock)]},Ys=(t,e,o)=>{let n=e.clients.get(o.client),r=ue(n,o.clock),i=n[r];return o.clock!==i.id.clock+i.length-1&&i.constructor!==J&&n.splice(r+1,0,kn(t,i,o.clock-i.id.clock+1)),i},Nd=(t,e,o)=>{let n=t.clients.get(e.id.client);n[ue(n,e.id.clock)]=o},ha=(t,e,o,n,r)=>{if(n===0)return;let i=o+n,s=Dr(t,e,o),a;do a=e[s++],i<a.id.clock+a.length&&Dr(t,e,i),r(a);while(s<e.length&&e[s].id.clock<i)},Or=class{constructor(e,o,n){this.doc=e,this.deleteSet=new We,this.beforeState=Sn(e.store),this.afterState=new Map,this.changed=new Map,this.changedParentTypes=new Map,this._mergeStructs=[],this.origin=o,this.meta=new Map,this.local=n,this.subdocsAdded=new Set,this.subdocsRemoved=new Set,this.subdocsLoaded=new Set,this._needFormattingCleanup=!1}},Js=(t,e)=>e.deleteSet.clients.size===0&&!Vi(e.afterState,(o,n)=>e.beforeState.get(n)!==o)?!1:(zr(e.deleteSet),Ed(t,e),Tt(t,e.deleteSet),!0),Qs=(t,e,o)=>{let n=e._item;(n===null||n.id.clock<(t.beforeState.get(n.id.client)||0)&&!n.deleted)&&K(t.changed,e,ne).add(o)},dn=(t,e)=>{let o=t[e],n=t[e-1],r=e;for(;r>0;o=n,n=t[--r-1]){if(n.deleted===o.deleted&&n.constructor===o.constructor&&n.mergeWith(o)){o instanceof L&&o.parentSub!==null&&o.parent._map.get(o.parentSub)===o&&o.parent._map.set(o.parentSub,n);continue}break}let i=e-r;return i&&t.splice(e+1-i,i),i},qd=(t,e,o)=>{for(let[n,r]of t.clients.entries()){let i=e.clients.get(n);for(let s=r.length-1;s>=0;s--){let a=r[s],c=a.clock+a.len;for(let l=ue(i,a.clock),d=i[l];l<i.length&&d.id.clock<c;d=i[++l]){let p=i[l];if(a.clock+a.len<=p.id.clock)break;p instanceof L&&p.deleted&&!p.keep&&o(p)&&p.gc(e,!1)}}}},Rd=(t,e)=>{t.clients.forEach((o,n)=>{let r=e.clients.get(n);for(let i=o.length-1;i>=0;i--){let s=o[i],a=st(r.length-1,1+ue(r,s.clock+s.len-1));for(let c=a,l=r[c];c>0&&l.id.clock>=s.clock;l=r[c])c-=1+dn(r,c)}})};var ma=(t,e)=>{if(e<t.length){let o=t[e],n=o.doc,r=n.store,i=o.deleteSet,s=o._mergeStructs;try{zr(i),o.afterState=Sn(o.doc.store),n.emit("beforeObserverCalls",[o,n]);let a=[];o.changed.forEach((c,l)=>a.push(()=>{(l._item===null||!l._item.deleted)&&l._callObserver(o,c)})),a.push(()=>{o.changedParentTypes.forEach((c,l)=>{l._dEH.l.length>0&&(l._item===null||!l._item.deleted)&&a.push(()=>{c=c.filter(d=>d.target._item===null||!d.target._item.deleted),c.forEach(d=>{d.currentTarget=l,d._path=null}),c.sort((d,p)=>d.path.length-p.path.length),pa(l._dEH,c,o)})}),a.push(()=>n.emit("afterTransaction",[o,n])),a.push(()=>{o._needFormattingCleanup&&ep(o)})}),Yt(a,[])}finally{n.gc&&qd(i,r,n.gcFilter),Rd(i,r),o.afterState.forEach((d,p)=>{let u=o.beforeState.get(p)||0;if(u!==d){let h=r.clients.get(p),f=be(ue(h,u),1);for(let x=h.length-1;x>=f;)x-=1+dn(h,x)}});for(let d=s.length-1;d>=0;d--){let{client:p,clock:u}=s[d].id,h=r.clients.get(p),f=ue(h,u);f+1<h.length&&dn(h,f+1)>1||f>0&&dn(h,f)}if(!o.local&&o.afterState.get(n.clientID)!==o.beforeState.get(n.clientID)&&(Rs(kt,to,"[yjs] ",oo,no,"Changed the client-id because another client seems to be using it."),n.clientID=ra()),n.emit("afterTransactionCleanup",[o,n]),n._observers.has("update")){let d=new Ye;Js(d,o)&&n.emit("update",[d.toUint8Array(),o.origin,n,o])}if(n._observers.has("updateV2")){let d=new Se;Js(d,o)&&n.emit("updateV2",[d.toUint8Array(),o.origin,n,o])}let{subdocsAdded:a,subdocsLoaded:c,subdocsRemoved:l}=o;(a.size>0||l.size>0||c.size>0)&&(a.forEach(d=>{d.clientID=n.clientID,d.collectionid==null&&(d.collectionid=n.collectionid),n.subdocs.add(d)}),l.forEach(d=>n.subdocs.delete(d)),n.emit("subdocs",[{loaded:c,added:a,removed:l},n,o]),l.forEach(d=>d.destroy())),t.length<=e+1?(n._transactionCleanups=[],n.emit("afterAllTransactions",[n,t])):ma(t,e+1)}}},C=(t,e,o=null,n=!0)=>{let r=t._transactionCleanups,i=!1,s=null;t._transaction===null&&(i=!0,t._transaction=new Or(t,o,n),r.push(t._transaction),r.length===1&&t.emit("beforeAllTransactions",[t]),t.emit("beforeTransaction",[t._transaction,t]));try{s=e(t._transaction)}finally{if(i){let a=t._transaction===r[0];t._transaction=null,a&&ma(r,0)}}return s};function*Pd(t){let e=b(t.restDecoder);for(let o=0;o<e;o++){let n=b(t.restDecoder),r=t.readClient(),i=b(t.restDecoder);for(let s=0;s<n;s++){let a=t.readInfo();if(a===10){let c=b(t.restDecoder);yield new Q(k(r,i),c),i+=c}else if((31&a)!==0){let c=(a&192)===0,l=new L(k(r,i),null,(a&128)===128?t.readLeftID():null,null,(a&64)===64?t.readRightID():null,c?t.readParentInfo()?t.readString():t.readLeftID():null,c&&(a&32)===32?t.readString():null,Ma(t,a));yield l,i+=l.length}else{let c=t.readLen();yield new J(k(r,i),c),i+=c}}}}var io=class{constructor(e,o){this.gen=Pd(e),this.curr=null,this.done=!1,this.filterSkips=o,this.next()}next(){do this.curr=this.gen.next().value||null;while(this.filterSkips&&this.curr!==null&&this.curr.constructor===Q);return this.curr}};var so=class{constructor(e){this.currClient=0,this.startClock=0,this.written=0,this.encoder=e,this.clientStructs=[]}},Ld=t=>vn(t,mn,Ye);var jd=(t,e)=>{if(t.constructor===J){let{client:o,clock:n}=t.id;return new J(k(o,n+e),t.length-e)}else if(t.constructor===Q){let{client:o,clock:n}=t.id;return new Q(k(o,n+e),t.length-e)}else{let o=t,{client:n,clock:r}=o.id;return new L(k(n,r+e),null,k(n,r+e-1),null,o.rightOrigin,o.parent,o.parentSub,o.content.splice(e))}},vn=(t,e=Me,o=Se)=>{if(t.length===1)return t[0];let n=t.map(d=>new e(ae(d))),r=n.map(d=>new io(d,!0)),i=null,s=new o,a=new so(s);for(;r=r.filter(u=>u.curr!==null),r.sort((u,h)=>{if(u.curr.id.client===h.curr.id.client){let f=u.curr.id.clock-h.curr.id.clock;return f===0?u.curr.constructor===h.curr.constructor?0:u.curr.constructor===Q?1:-1:f}else return h.curr.id.client-u.curr.id.client}),r.length!==0;){let d=r[0],p=d.curr.id.client;if(i!==null){let u=d.curr,h=!1;for(;u!==null&&u.id.clock+u.length<=i.struct.id.clock+i.struct.length&&u.id.client>=i.struct.id.client;)u=d.next(),h=!0;if(u===null||u.id.client!==p||h&&u.id.clock>i.struct.id.clock+i.struct.length)continue;if(p!==i.struct.id.client)Ue(a,i.struct,i.offset),i={struct:u,offset:0},d.next();else if(i.struct.id.clock+i.struct.length<u.id.clock)if(i.struct.constructor===Q)i.struct.length=u.id.clock+u.length-i.struct.id.clock;else{Ue(a,i.struct,i.offset);let f=u.id.clock-i.struct.id.clock-i.struct.length;i={struct:new Q(k(p,i.struct.id.clock+i.struct.length),f),offset:0}}else{let f=i.struct.id.clock+i.struct.length-u.id.clock;f>0&&(i.struct.constructor===Q?i.struct.length-=f:u=jd(u,f)),i.struct.mergeWith(u)||(Ue(a,i.struct,i.offset),i={struct:u,offset:0},d.next())}}else i={struct:d.curr,offset:0},d.next();for(let u=d.curr;u!==null&&u.id.client===p&&u.id.clock===i.struct.id.clock+i.struct.length&&u.constructor!==Q;u=d.next())Ue(a,i.struct,i.offset),i={struct:u,offset:0}}i!==null&&(Ue(a,i.struct,i.offset),i=null),Hr(a);let c=n.map(d=>Gr(d)),l=bd(c);return Tt(s,l),s.toUint8Array()},Vd=(t,e,o=Me,n=Se)=>{let r=ca(e),i=new n,s=new so(i),a=new o(ae(t)),c=new io(a,!1);for(;c.curr;){let d=c.curr,p=d.id.client,u=r.get(p)||0;if(c.curr.constructor===Q){c.next();continue}if(d.id.clock+d.length>u)for(Ue(s,d,be(u-d.id.clock,0)),c.next();c.curr&&c.curr.id.client===p;)Ue(s,c.curr,0),c.next();else for(;c.curr&&c.curr.id.client===p&&c.curr.id.clock+c.curr.length<=u;)c.next()}Hr(s);let l=Gr(a);return Tt(i,l),i.toUint8Array()};var fa=t=>{t.written>0&&(t.clientStructs.push({written:t.written,restEncoder:E(t.encoder.restEncoder)}),t.encoder.restEncoder=_(),t.written=0)},Ue=(t,e,o)=>{t.written>0&&t.currClient!==e.id.client&&fa(t),t.written===0&&(t.currClient=e.id.client,t.encoder.writeClient(e.id.client),v(t.encoder.restEncoder,e.id.clock+o)),e.write(t.encoder,o),t.written++},Hr=t=>{fa(t);let e=t.encoder.restEncoder;v(e,t.clientStructs.length);for(let o=0;o<t.clientStructs.length;o++){let n=t.clientStructs[o];v(e,n.written),Ft(e,n.restEncoder)}},Bd=(t,e,o,n)=>{let r=new o(ae(t)),i=new io(r,!1),s=new n,a=new so(s);for(let l=i.curr;l!==null;l=i.next())Ue(a,e(l),0);Hr(a);let c=Gr(r);return Tt(s,c),s.toUint8Array()};var Fd=t=>Bd(t,ps,Me,Ye),Xs="You must not compute changes after the event-handler fired.",Et=class{constructor(e,o){this.target=e,this.currentTarget=e,this.transaction=o,this._changes=null,this._keys=null,this._delta=null,this._path=null}get path(){return this._path||(this._path=zd(this.currentTarget,this.target))}deletes(e){return oa(this.transaction.deleteSet,e.id)}get keys(){if(this._keys===null){if(this.transaction.doc._transactionCleanups.length===0)throw Z(Xs);let e=new Map,o=this.target;this.transaction.changed.get(o).forEach(r=>{if(r!==null){let i=o._map.get(r),s,a;if(this.adds(i)){let c=i.left;for(;c!==null&&this.adds(c);)c=c.left;if(this.deletes(i))if(c!==null&&this.deletes(c))s="delete",a=Ao(c.content.getContent());else return;else c!==null&&this.deletes(c)?(s="update",a=Ao(c.content.getContent())):(s="add",a=void 0)}else if(this.deletes(i))s="delete",a=Ao(i.content.getContent());else return;e.set(r,{action:s,oldValue:a})}}),this._keys=e}return this._keys}get delta(){return this.changes.delta}adds(e){return e.id.clock>=(this.transaction.beforeState.get(e.id.client)||0)}get changes(){let e=this._changes;if(e===null){if(this.transaction.doc._transactionCleanups.length===0)throw Z(Xs);let o=this.target,n=ne(),r=ne(),i=[];if(e={added:n,deleted:r,delta:i,keys:this.keys},this.transaction.changed.get(o).has(null)){let a=null,c=()=>{a&&i.push(a)};for(let l=o._start;l!==null;l=l.right)l.deleted?this.deletes(l)&&!this.adds(l)&&((a===null||a.delete===void 0)&&(c(),a={delete:0}),a.delete+=l.length,r.add(l)):this.adds(l)?((a===null||a.insert===void 0)&&(c(),a={insert:[]}),a.insert=a.insert.concat(l.content.getContent()),n.add(l)):((a===null||a.retain===void 0)&&(c(),a={retain:0}),a.retain+=l.length);a!==null&&a.retain===void 0&&c()}this._changes=e}return e}},zd=(t,e)=>{let o=[];for(;e._item!==null&&e!==t;){if(e._item.parentSub!==null)o.unshift(e._item.parentSub);else{let n=0,r=e._item.parent._start;for(;r!==e._item&&r!==null;)!r.deleted&&r.countable&&(n+=r.length),r=r.right;o.unshift(n)}e=e._item.parent}return o},F=()=>{Ps("Invalid access: Add Yjs type to a document before reading data.")},ga=80,Yr=0,Nr=class{constructor(e,o){e.marker=!0,this.p=e,this.index=o,this.timestamp=Yr++}},Gd=t=>{t.timestamp=Yr++},wa=(t,e,o)=>{t.p.marker=!1,t.p=e,e.marker=!0,t.index=o,t.timestamp=Yr++},Wd=(t,e,o)=>{if(t.length>=ga){let n=t.reduce((r,i)=>r.timestamp<i.timestamp?r:i);return wa(n,e,o),n}else{let n=new Nr(e,o);return t.push(n),n}},$n=(t,e)=>{if(t._start===null||e===0||t._searchMarker===null)return null;let o=t._searchMarker.length===0?null:t._searchMarker.reduce((i,s)=>Pe(e-i.index)<Pe(e-s.index)?i:s),n=t._start,r=0;for(o!==null&&(n=o.p,r=o.index,Gd(o));n.right!==null&&r<e;){if(!n.deleted&&n.countable){if(e<r+n.length)break;r+=n.length}n=n.right}for(;n.left!==null&&r>e;)n=n.left,!n.deleted&&n.countable&&(r-=n.length);for(;n.left!==null&&n.left.id.client===n.id.client&&n.left.id.clock+n.left.length===n.id.clock;)n=n.left,!n.deleted&&n.countable&&(r-=n.length);return o!==null&&Pe(o.index-r)<n.parent.length/ga?(wa(o,n,r),o):Wd(t._searchMarker,n,r)},ao=(t,e,o)=>{for(let n=t.length-1;n>=0;n--){let r=t[n];if(o>0){let i=r.p;for(i.marker=!1;i&&(i.deleted||!i.countable);)i=i.left,i&&!i.deleted&&i.countable&&(r.index-=i.length);if(i===null||i.marker===!0){t.splice(n,1);continue}r.p=i,i.marker=!0}(e<r.index||o>0&&e===r.index)&&(r.index=be(e,r.index+o))}};var En=(t,e,o)=>{let n=t,r=e.changedParentTypes;for(;K(r,t,()=>[]).push(o),t._item!==null;)t=t._item.parent;pa(n._eH,o,e)},D=class{constructor(){this._item=null,this._map=new Map,this._start=null,this.doc=null,this._length=0,this._eH=Gs(),this._dEH=Gs(),this._searchMarker=null}get parent(){return this._item?this._item.parent:null}_integrate(e,o){this.doc=e,this._item=o}_copy(){throw ee()}clone(){throw ee()}_write(e){}get _first(){let e=this._start;for(;e!==null&&e.deleted;)e=e.right;return e}_callObserver(e,o){!e.local&&this._searchMarker&&(this._searchMarker.length=0)}observe(e){Ws(this._eH,e)}observeDeep(e){Ws(this._dEH,e)}unobserve(e){Hs(this._eH,e)}unobserveDeep(e){Hs(this._dEH,e)}toJSON(){}},va=(t,e,o)=>{t.doc??F(),e<0&&(e=t._length+e),o<0&&(o=t._length+o);let n=o-e,r=[],i=t._start;for(;i!==null&&n>0;){if(i.countable&&!i.deleted){let s=i.content.getContent();if(s.length<=e)e-=s.length;else{for(let a=e;a<s.length&&n>0;a++)r.push(s[a]),n--;e=0}}i=i.right}return r},ya=t=>{t.doc??F();let e=[],o=t._start;for(;o!==null;){if(o.countable&&!o.deleted){let n=o.content.getContent();for(let r=0;r<n.length;r++)e.push(n[r])}o=o.right}return e};var co=(t,e)=>{let o=0,n=t._start;for(t.doc??F();n!==null;){if(n.countable&&!n.deleted){let r=n.content.getContent();for(let i=0;i<r.length;i++)e(r[i],o++,t)}n=n.right}},ba=(t,e)=>{let o=[];return co(t,(n,r)=>{o.push(e(n,r,t))}),o},Hd=t=>{let e=t._start,o=null,n=0;return{[Symbol.iterator](){return this},next:()=>{if(o===null){for(;e!==null&&e.deleted;)e=e.right;if(e===null)return{done:!0,value:void 0};o=e.content.getContent(),n=0,e=e.right}let r=o[n++];return o.length<=n&&(o=null),{done:!1,value:r}}}},xa=(t,e)=>{t.doc??F();let o=$n(t,e),n=t._start;for(o!==null&&(n=o.p,e-=o.index);n!==null;n=n.right)if(!n.deleted&&n.countable){if(e<n.length)return n.content.getContent()[e];e-=n.length}},yn=(t,e,o,n)=>{let r=o,i=t.doc,s=i.clientID,a=i.store,c=o===null?e._start:o.right,l=[],d=()=>{l.length>0&&(r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new At(l)),r.integrate(t,0),l=[])};n.forEach(p=>{if(p===null)l.push(p);else switch(p.constructor){case Number:case Object:case Boolean:case Array:case String:l.push(p);break;default:switch(d(),p.constructor){case Uint8Array:case ArrayBuffer:r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new ho(new Uint8Array(p))),r.integrate(t,0);break;case He:r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new mo(p)),r.integrate(t,0);break;default:if(p instanceof D)r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new Ee(p)),r.integrate(t,0);else throw new Error("Unexpected content type in insert operation")}}}),d()},ka=()=>Z("Length exceeded!"),Sa=(t,e,o,n)=>{if(o>e._length)throw ka();if(o===0)return e._searchMarker&&ao(e._searchMarker,o,n.length),yn(t,e,null,n);let r=o,i=$n(e,o),s=e._start;for(i!==null&&(s=i.p,o-=i.index,o===0&&(s=s.prev,o+=s&&s.countable&&!s.deleted?s.length:0));s!==null;s=s.right)if(!s.deleted&&s.countable){if(o<=s.length){o<s.length&&De(t,k(s.id.client,s.id.clock+o));break}o-=s.length}return e._searchMarker&&ao(e._searchMarker,r,n.length),yn(t,e,s,n)},Yd=(t,e,o)=>{let r=(e._searchMarker||[]).reduce((i,s)=>s.index>i.index?s:i,{index:0,p:e._start}).p;if(r)for(;r.right;)r=r.right;return yn(t,e,r,o)},$a=(t,e,o,n)=>{if(n===0)return;let r=o,i=n,s=$n(e,o),a=e._start;for(s!==null&&(a=s.p,o-=s.index);a!==null&&o>0;a=a.right)!a.deleted&&a.countable&&(o<a.length&&De(t,k(a.id.client,a.id.clock+o)),o-=a.length);for(;n>0&&a!==null;)a.deleted||(n<a.length&&De(t,k(a.id.client,a.id.clock+n)),a.delete(t),n-=a.length),a=a.right;if(n>0)throw ka();e._searchMarker&&ao(e._searchMarker,r,-i+n)},bn=(t,e,o)=>{let n=e._map.get(o);n!==void 0&&n.delete(t)},Jr=(t,e,o,n)=>{let r=e._map.get(o)||null,i=t.doc,s=i.clientID,a;if(n==null)a=new At([n]);else switch(n.constructor){case Number:case Object:case Boolean:case Array:case String:case Date:case BigInt:a=new At([n]);break;case Uint8Array:a=new ho(n);break;case He:a=new mo(n);break;default:if(n instanceof D)a=new Ee(n);else throw new Error("Unexpected content type")}new L(k(s,P(i.store,s)),r,r&&r.lastId,null,null,e,o,a).integrate(t,0)},Qr=(t,e)=>{t.doc??F();let o=t._map.get(e);return o!==void 0&&!o.deleted?o.content.getContent()[o.length-1]:void 0},Ea=t=>{let e={};return t.doc??F(),t._map.forEach((o,n)=>{o.deleted||(e[n]=o.content.getContent()[o.length-1])}),e},Ca=(t,e)=>{t.doc??F();let o=t._map.get(e);return o!==void 0&&!o.deleted};var Jd=(t,e)=>{let o={};return t._map.forEach((n,r)=>{let i=n;for(;i!==null&&(!e.sv.has(i.id.client)||i.id.clock>=(e.sv.get(i.id.client)||0));)i=i.left;i!==null&&St(i,e)&&(o[r]=i.content.getContent()[i.length-1])}),o},cn=t=>(t.doc??F(),Vs(t._map.entries(),e=>!e[1].deleted)),qr=class extends Et{},Je=class t extends D{constructor(){super(),this._prelimContent=[],this._searchMarker=[]}static from(e){let o=new t;return o.push(e),o}_integrate(e,o){super._integrate(e,o),this.insert(0,this._prelimContent),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return e.insert(0,this.toArray().map(o=>o instanceof D?o.clone():o)),e}get length(){return this.doc??F(),this._length}_callObserver(e,o){super._callObserver(e,o),En(this,e,new qr(this,e))}insert(e,o){this.doc!==null?C(this.doc,n=>{Sa(n,this,e,o)}):this._prelimContent.splice(e,0,...o)}push(e){this.doc!==null?C(this.doc,o=>{Yd(o,this,e)}):this._prelimContent.push(...e)}unshift(e){this.insert(0,e)}delete(e,o=1){this.doc!==null?C(this.doc,n=>{$a(n,this,e,o)}):this._prelimContent.splice(e,o)}get(e){return xa(this,e)}toArray(){return ya(this)}slice(e=0,o=this.length){return va(this,e,o)}toJSON(){return this.map(e=>e instanceof D?e.toJSON():e)}map(e){return ba(this,e)}forEach(e){co(this,e)}[Symbol.iterator](){return Hd(this)}_write(e){e.writeTypeRef(wp)}},Qd=t=>new Je,Rr=class extends Et{constructor(e,o,n){super(e,o),this.keysChanged=n}},z=class t extends D{constructor(e){super(),this._prelimContent=null,e===void 0?this._prelimContent=new Map:this._prelimContent=new Map(e)}_integrate(e,o){super._integrate(e,o),this._prelimContent.forEach((n,r)=>{this.set(r,n)}),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return this.forEach((o,n)=>{e.set(n,o instanceof D?o.clone():o)}),e}_callObserver(e,o){En(this,e,new Rr(this,e,o))}toJSON(){this.doc??F();let e={};return this._map.forEach((o,n)=>{if(!o.deleted){let r=o.content.getContent()[o.length-1];e[n]=r instanceof D?r.toJSON():r}}),e}get size(){return[...cn(this)].length}keys(){return sn(cn(this),e=>e[0])}values(){return sn(cn(this),e=>e[1].content.getContent()[e[1].length-1])}entries(){return sn(cn(this),e=>[e[0],e[1].content.getContent()[e[1].length-1]])}forEach(e){this.doc??F(),this._map.forEach((o,n)=>{o.deleted||e(o.content.getContent()[o.length-1],n,this)})}[Symbol.iterator](){return this.entries()}delete(e){this.doc!==null?C(this.doc,o=>{bn(o,this,e)}):this._prelimContent.delete(e)}set(e,o){return this.doc!==null?C(this.doc,n=>{Jr(n,this,e,o)}):this._prelimContent.set(e,o),o}get(e){return Qr(this,e)}has(e){return Ca(this,e)}clear(){this.doc!==null?C(this.doc,e=>{this.forEach(function(o,n,r){bn(e,r,n)})}):this._prelimContent.clear()}_write(e){e.writeTypeRef(vp)}},Xd=t=>new z,_e=(t,e)=>t===e||typeof t=="object"&&typeof e=="object"&&t&&e&&cr(t,e),lo=class{constructor(e,o,n,r){this.left=e,this.right=o,this.index=n,this.currentAttributes=r}forward(){this.right===null&&Y(),this.right.content.constructor===O?this.right.deleted||Ut(this.currentAttributes,this.right.content):this.right.deleted||(this.index+=this.right.length),this.left=this.right,this.right=this.right.right}},Ks=(t,e,o)=>{for(;e.right!==null&&o>0;)e.right.content.constructor===O?e.right.deleted||Ut(e.currentAttributes,e.right.content):e.right.deleted||(o<e.right.length&&De(t,k(e.right.id.client,e.right.id.clock+o)),e.index+=e.right.length,o-=e.right.length),e.left=e.right,e.right=e.right.right;return e},ln=(t,e,o,n)=>{let r=new Map,i=n?$n(e,o):null;if(i){let s=new lo(i.p.left,i.p,i.index,r);return Ks(t,s,o-i.index)}else{let s=new lo(null,e._start,0,r);return Ks(t,s,o)}},Aa=(t,e,o,n)=>{for(;o.right!==null&&(o.right.deleted===!0||o.right.content.constructor===O&&_e(n.get(o.right.content.key),o.right.content.value));)o.right.deleted||n.delete(o.right.content.key),o.forward();let r=t.doc,i=r.clientID;n.forEach((s,a)=>{let c=o.left,l=o.right,d=new L(k(i,P(r.store,i)),c,c&&c.lastId,l,l&&l.id,e,null,new O(a,s));d.integrate(t,0),o.right=d,o.forward()})},Ut=(t,e)=>{let{key:o,value:n}=e;n===null?t.delete(o):t.set(o,n)},Ta=(t,e)=>{for(;t.right!==null;){if(!(t.right.deleted||t.right.content.constructor===O&&_e(e[t.right.content.key]??null,t.right.content.value)))break;t.forward()}},Ua=(t,e,o,n)=>{let r=t.doc,i=r.clientID,s=new Map;for(let a in n){let c=n[a],l=o.currentAttributes.get(a)??null;if(!_e(l,c)){s.set(a,l);let{left:d,right:p}=o;o.right=new L(k(i,P(r.store,i)),d,d&&d.lastId,p,p&&p.id,e,null,new O(a,c)),o.right.integrate(t,0),o.forward()}}return s},Tr=(t,e,o,n,r)=>{o.currentAttributes.forEach((u,h)=>{r[h]===void 0&&(r[h]=null)});let i=t.doc,s=i.clientID;Ta(o,r);let a=Ua(t,e,o,r),c=n.constructor===String?new $e(n):n instanceof D?new Ee(n):new Qe(n),{left:l,right:d,index:p}=o;e._searchMarker&&ao(e._searchMarker,o.index,c.getLength()),d=new L(k(s,P(i.store,s)),l,l&&l.lastId,d,d&&d.id,e,null,c),d.integrate(t,0),o.right=d,o.index=p,o.forward(),Aa(t,e,o,a)},Zs=(t,e,o,n,r)=>{let i=t.doc,s=i.clientID;Ta(o,r);let a=Ua(t,e,o,r);e:for(;o.right!==null&&(n>0||a.size>0&&(o.right.deleted||o.right.content.constructor===O));){if(!o.right.deleted)switch(o.right.content.constructor){case O:{let{key:c,value:l}=o.right.content,d=r[c];if(d!==void 0){if(_e(d,l))a.delete(c);else{if(n===0)break e;a.set(c,l)}o.right.delete(t)}else o.currentAttributes.set(c,l);break}default:n<o.right.length&&De(t,k(o.right.id.client,o.right.id.clock+n)),n-=o.right.length;break}o.forward()}if(n>0){let c="";for(;n>0;n--)c+=`
`;o.right=new L(k(s,P(i.store,s)),o.left,o.left&&o.left.lastId,o.right,o.right&&o.right.id,e,null,new $e(c)),o.right.integrate(t,0),o.forward()}Aa(t,e,o,a)},_a=(t,e,o,n,r)=>{let i=e,s=q();for(;i&&(!i.countable||i.deleted);){if(!i.deleted&&i.content.constructor===O){let l=i.content;s.set(l.key,l)}i=i.right}let a=0,c=!1;for(;e!==i;){if(o===e&&(c=!0),!e.deleted){let l=e.content;if(l.constructor===O){let{key:d,value:p}=l,u=n.get(d)??null;(s.get(d)!==l||u===p)&&(e.delete(t),a++,!c&&(r.get(d)??null)===p&&u!==p&&(u===null?r.delete(d):r.set(d,u))),!c&&!e.deleted&&Ut(r,l)}}e=e.right}return a},Kd=(t,e)=>{for(;e&&e.right&&(e.right.deleted||!e.right.countable);)e=e.right;let o=new Set;for(;e&&(e.deleted||!e.countable);){if(!e.deleted&&e.content.constructor===O){let n=e.content.key;o.has(n)?e.delete(t):o.add(n)}e=e.left}},Zd=t=>{let e=0;return C(t.doc,o=>{let n=t._start,r=t._start,i=q(),s=Eo(i);for(;r;)r.deleted===!1&&(r.content.constructor===O?Ut(s,r.content):(e+=_a(o,n,r,i,s),i=Eo(s),n=r)),r=r.right}),e},ep=t=>{let e=new Set,o=t.doc;for(let[n,r]of t.afterState.entries()){let i=t.beforeState.get(n)||0;r!==i&&ha(t,o.store.clients.get(n),i,r,s=>{!s.deleted&&s.content.constructor===O&&s.constructor!==J&&e.add(s.parent)})}C(o,n=>{ta(t,t.deleteSet,r=>{if(r instanceof J||!r.parent._hasFormatting||e.has(r.parent))return;let i=r.parent;r.content.constructor===O?e.add(i):Kd(n,r)});for(let r of e)Zd(r)})},ea=(t,e,o)=>{let n=o,r=Eo(e.currentAttributes),i=e.right;for(;o>0&&e.right!==null;){if(e.right.deleted===!1)switch(e.right.content.constructor){case Ee:case Qe:case $e:o<e.right.length&&De(t,k(e.right.id.client,e.right.id.clock+o)),o-=e.right.length,e.right.delete(t);break}e.forward()}i&&_a(t,i,e.right,r,e.currentAttributes);let s=(e.left||e.right).parent;return s._searchMarker&&ao(s._searchMarker,e.index,-n+o),e},Pr=class extends Et{constructor(e,o,n){super(e,o),this.childListChanged=!1,this.keysChanged=new Set,n.forEach(r=>{r===null?this.childListChanged=!0:this.keysChanged.add(r)})}get changes(){if(this._changes===null){let e={keys:this.keys,delta:this.delta,added:new Set,deleted:new Set};this._changes=e}return this._changes}get delta(){if(this._delta===null){let e=this.target.doc,o=[];C(e,n=>{let r=new Map,i=new Map,s=this.target._start,a=null,c={},l="",d=0,p=0,u=()=>{if(a!==null){let h=null;switch(a){case"delete":p>0&&(h={delete:p}),p=0;break;case"insert":(typeof l=="object"||l.length>0)&&(h={insert:l},r.size>0&&(h.attributes={},r.forEach((f,x)=>{f!==null&&(h.attributes[x]=f)}))),l="";break;case"retain":d>0&&(h={retain:d},ds(c)||(h.attributes=as({},c))),d=0;break}h&&o.push(h),a=null}};for(;s!==null;){switch(s.content.constructor){case Ee:case Qe:this.adds(s)?this.deletes(s)||(u(),a="insert",l=s.content.getContent()[0],u()):this.deletes(s)?(a!=="delete"&&(u(),a="delete"),p+=1):s.deleted||(a!=="retain"&&(u(),a="retain"),d+=1);break;case $e:this.adds(s)?this.deletes(s)||(a!=="insert"&&(u(),a="insert"),l+=s.content.str):this.deletes(s)?(a!=="delete"&&(u(),a="delete"),p+=s.length):s.deleted||(a!=="retain"&&(u(),a="retain"),d+=s.length);break;case O:{let{key:h,value:f}=s.content;if(this.adds(s)){if(!this.deletes(s)){let x=r.get(h)??null;_e(x,f)?f!==null&&s.delete(n):(a==="retain"&&u(),_e(f,i.get(h)??null)?delete c[h]:c[h]=f)}}else if(this.deletes(s)){i.set(h,f);let x=r.get(h)??null;_e(x,f)||(a==="retain"&&u(),c[h]=x)}else if(!s.deleted){i.set(h,f);let x=c[h];x!==void 0&&(_e(x,f)?x!==null&&s.delete(n):(a==="retain"&&u(),f===null?delete c[h]:c[h]=f))}s.deleted||(a==="insert"&&u(),Ut(r,s.content));break}}s=s.right}for(u();o.length>0;){let h=o[o.length-1];if(h.retain!==void 0&&h.attributes===void 0)o.pop();else break}}),this._delta=o}return this._delta}},he=class t extends D{constructor(e){super(),this._pending=e!==void 0?[()=>this.insert(0,e)]:[],this._searchMarker=[],this._hasFormatting=!1}get length(){return this.doc??F(),this._length}_integrate(e,o){super._integrate(e,o);try{this._pending.forEach(n=>n())}catch(n){console.error(n)}this._pending=null}_copy(){return new t}clone(){let e=new t;return e.applyDelta(this.toDelta()),e}_callObserver(e,o){super._callObserver(e,o);let n=new Pr(this,e,o);En(this,e,n),!e.local&&this._hasFormatting&&(e._needFormattingCleanup=!0)}toString(){this.doc??F();let e="",o=this._start;for(;o!==null;)!o.deleted&&o.countable&&o.content.constructor===$e&&(e+=o.content.str),o=o.right;return e}toJSON(){return this.toString()}applyDelta(e,{sanitize:o=!0}={}){this.doc!==null?C(this.doc,n=>{let r=new lo(null,this._start,0,new Map);for(let i=0;i<e.length;i++){let s=e[i];if(s.insert!==void 0){let a=!o&&typeof s.insert=="string"&&i===e.length-1&&r.right===null&&s.insert.slice(-1)===`
`?s.insert.slice(0,-1):s.insert;(typeof a!="string"||a.length>0)&&Tr(n,this,r,a,s.attributes||{})}else s.retain!==void 0?Zs(n,this,r,s.retain,s.attributes||{}):s.delete!==void 0&&ea(n,r,s.delete)}}):this._pending.push(()=>this.applyDelta(e))}toDelta(e,o,n){this.doc??F();let r=[],i=new Map,s=this.doc,a="",c=this._start;function l(){if(a.length>0){let p={},u=!1;i.forEach((f,x)=>{u=!0,p[x]=f});let h={insert:a};u&&(h.attributes=p),r.push(h),a=""}}let d=()=>{for(;c!==null;){if(St(c,e)||o!==void 0&&St(c,o))switch(c.content.constructor){case $e:{let p=i.get("ychange");e!==void 0&&!St(c,e)?(p===void 0||p.user!==c.id.client||p.type!=="removed")&&(l(),i.set("ychange",n?n("removed",c.id):{type:"removed"})):o!==void 0&&!St(c,o)?(p===void 0||p.user!==c.id.client||p.type!=="added")&&(l(),i.set("ychange",n?n("added",c.id):{type:"added"})):p!==void 0&&(l(),i.delete("ychange")),a+=c.content.str;break}case Ee:case Qe:{l();let p={insert:c.content.getContent()[0]};if(i.size>0){let u={};p.attributes=u,i.forEach((h,f)=>{u[f]=h})}r.push(p);break}case O:St(c,e)&&(l(),Ut(i,c.content));break}c=c.right}l()};return e||o?C(s,p=>{e&&Mr(p,e),o&&Mr(p,o),d()},"cleanup"):d(),r}insert(e,o,n){if(o.length<=0)return;let r=this.doc;r!==null?C(r,i=>{let s=ln(i,this,e,!n);n||(n={},s.currentAttributes.forEach((a,c)=>{n[c]=a})),Tr(i,this,s,o,n)}):this._pending.push(()=>this.insert(e,o,n))}insertEmbed(e,o,n){let r=this.doc;r!==null?C(r,i=>{let s=ln(i,this,e,!n);Tr(i,this,s,o,n||{})}):this._pending.push(()=>this.insertEmbed(e,o,n||{}))}delete(e,o){if(o===0)return;let n=this.doc;n!==null?C(n,r=>{ea(r,ln(r,this,e,!0),o)}):this._pending.push(()=>this.delete(e,o))}format(e,o,n){if(o===0)return;let r=this.doc;r!==null?C(r,i=>{let s=ln(i,this,e,!1);s.right!==null&&Zs(i,this,s,o,n)}):this._pending.push(()=>this.format(e,o,n))}removeAttribute(e){this.doc!==null?C(this.doc,o=>{bn(o,this,e)}):this._pending.push(()=>this.removeAttribute(e))}setAttribute(e,o){this.doc!==null?C(this.doc,n=>{Jr(n,this,e,o)}):this._pending.push(()=>this.setAttribute(e,o))}getAttribute(e){return Qr(this,e)}getAttributes(){return Ea(this)}_write(e){e.writeTypeRef(yp)}},tp=t=>new he,ro=class{constructor(e,o=()=>!0){this._filter=o,this._root=e,this._currentNode=e._start,this._firstCall=!0,e.doc??F()}[Symbol.iterator](){return this}next(){let e=this._currentNode,o=e&&e.content&&e.content.type;if(e!==null&&(!this._firstCall||e.deleted||!this._filter(o)))do if(o=e.content.type,!e.deleted&&(o.constructor===po||o.constructor===Ct)&&o._start!==null)e=o._start;else for(;e!==null;){let n=e.next;if(n!==null){e=n;break}else e.parent===this._root?e=null:e=e.parent._item}while(e!==null&&(e.deleted||!this._filter(e.content.type)));return this._firstCall=!1,e===null?{value:void 0,done:!0}:(this._currentNode=e,{value:e.content.type,done:!1})}},Ct=class t extends D{constructor(){super(),this._prelimContent=[]}get firstChild(){let e=this._first;return e?e.content.getContent()[0]:null}_integrate(e,o){super._integrate(e,o),this.insert(0,this._prelimContent),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return e.insert(0,this.toArray().map(o=>o instanceof D?o.clone():o)),e}get length(){return this.doc??F(),this._prelimContent===null?this._length:this._prelimContent.length}createTreeWalker(e){return new ro(this,e)}querySelector(e){e=e.toUpperCase();let n=new ro(this,r=>r.nodeName&&r.nodeName.toUpperCase()===e).next();return n.done?null:n.value}querySelectorAll(e){return e=e.toUpperCase(),ie(new ro(this,o=>o.nodeName&&o.nodeName.toUpperCase()===e))}_callObserver(e,o){En(this,e,new Lr(this,o,e))}toString(){return ba(this,e=>e.toString()).join("")}toJSON(){return this.toString()}toDOM(e=document,o={},n){let r=e.createDocumentFragment();return n!==void 0&&n._createAssociation(r,this),co(this,i=>{r.insertBefore(i.toDOM(e,o,n),null)}),r}insert(e,o){this.doc!==null?C(this.doc,n=>{Sa(n,this,e,o)}):this._prelimContent.splice(e,0,...o)}insertAfter(e,o){if(this.doc!==null)C(this.doc,n=>{let r=e&&e instanceof D?e._item:e;yn(n,this,r,o)});else{let n=this._prelimContent,r=e===null?0:n.findIndex(i=>i===e)+1;if(r===0&&e!==null)throw Z("Reference item not found");n.splice(r,0,...o)}}delete(e,o=1){this.doc!==null?C(this.doc,n=>{$a(n,this,e,o)}):this._prelimContent.splice(e,o)}toArray(){return ya(this)}push(e){this.insert(this.length,e)}unshift(e){this.insert(0,e)}get(e){return xa(this,e)}slice(e=0,o=this.length){return va(this,e,o)}forEach(e){co(this,e)}_write(e){e.writeTypeRef(xp)}},op=t=>new Ct,po=class t extends Ct{constructor(e="UNDEFINED"){super(),this.nodeName=e,this._prelimAttrs=new Map}get nextSibling(){let e=this._item?this._item.next:null;return e?e.content.type:null}get prevSibling(){let e=this._item?this._item.prev:null;return e?e.content.type:null}_integrate(e,o){super._integrate(e,o),this._prelimAttrs.forEach((n,r)=>{this.setAttribute(r,n)}),this._prelimAttrs=null}_copy(){return new t(this.nodeName)}clone(){let e=new t(this.nodeName),o=this.getAttributes();return cs(o,(n,r)=>{e.setAttribute(r,n)}),e.insert(0,this.toArray().map(n=>n instanceof D?n.clone():n)),e}toString(){let e=this.getAttributes(),o=[],n=[];for(let a in e)n.push(a);n.sort();let r=n.length;for(let a=0;a<r;a++){let c=n[a];o.push(c+'="'+e[c]+'"')}let i=this.nodeName.toLocaleLowerCase(),s=o.length>0?" "+o.join(" "):"";return`<${i}${s}>${super.toString()}</${i}>`}removeAttribute(e){this.doc!==null?C(this.doc,o=>{bn(o,this,e)}):this._prelimAttrs.delete(e)}setAttribute(e,o){this.doc!==null?C(this.doc,n=>{Jr(n,this,e,o)}):this._prelimAttrs.set(e,o)}getAttribute(e){return Qr(this,e)}hasAttribute(e){return Ca(this,e)}getAttributes(e){return e?Jd(this,e):Ea(this)}toDOM(e=document,o={},n){let r=e.createElement(this.nodeName),i=this.getAttributes();for(let s in i){let a=i[s];typeof a=="string"&&r.setAttribute(s,a)}return co(this,s=>{r.appendChild(s.toDOM(e,o,n))}),n!==void 0&&n._createAssociation(r,this),r}_write(e){e.writeTypeRef(bp),e.writeKey(this.nodeName)}},np=t=>new po(t.readKey()),Lr=class extends Et{constructor(e,o,n){super(e,n),this.childListChanged=!1,this.attributesChanged=new Set,o.forEach(r=>{r===null?this.childListChanged=!0:this.attributesChanged.add(r)})}},jr=class t extends z{constructor(e){super(),this.hookName=e}_copy(){return new t(this.hookName)}clone(){let e=new t(this.hookName);return this.forEach((o,n)=>{e.set(n,o)}),e}toDOM(e=document,o={},n){let r=o[this.hookName],i;return r!==void 0?i=r.createDom(this):i=document.createElement(this.hookName),i.setAttribute("data-yjs-hook",this.hookName),n!==void 0&&n._createAssociation(i,this),i}_write(e){e.writeTypeRef(kp),e.writeKey(this.hookName)}},rp=t=>new jr(t.readKey()),Vr=class t extends he{get nextSibling(){let e=this._item?this._item.next:null;return e?e.content.type:null}get prevSibling(){let e=this._item?this._item.prev:null;return e?e.content.type:null}_copy(){return new t}clone(){let e=new t;return e.applyDelta(this.toDelta()),e}toDOM(e=document,o,n){let r=e.createTextNode(this.toString());return n!==void 0&&n._createAssociation(r,this),r}toString(){return this.toDelta().map(e=>{let o=[];for(let r in e.attributes){let i=[];for(let s in e.attributes[r])i.push({key:s,value:e.attributes[r][s]});i.sort((s,a)=>s.key<a.key?-1:1),o.push({nodeName:r,attrs:i})}o.sort((r,i)=>r.nodeName<i.nodeName?-1:1);let n="";for(let r=0;r<o.length;r++){let i=o[r];n+=`<${i.nodeName}`;for(let s=0;s<i.attrs.length;s++){let a=i.attrs[s];n+=` ${a.key}="${a.value}"`}n+=">"}n+=e.insert;for(let r=o.length-1;r>=0;r--)n+=`</${o[r].nodeName}>`;return n}).join("")}toJSON(){return this.toString()}_write(e){e.writeTypeRef(Sp)}},ip=t=>new Vr,uo=class{constructor(e,o){this.id=e,this.length=o}get deleted(){throw ee()}mergeWith(e){return!1}write(e,o,n){throw ee()}integrate(e,o){throw ee()}},sp=0,J=class extends uo{get deleted(){return!0}delete(){}mergeWith(e){return this.constructor!==e.constructor?!1:(this.length+=e.length,!0)}integrate(e,o){o>0&&(this.id.clock+=o,this.length-=o),ua(e.doc.store,this)}write(e,o){e.writeInfo(sp),e.writeLen(this.length-o)}getMissing(e,o){return null}},ho=class t{constructor(e){this.content=e}getLength(){return 1}getContent(){return[this.content]}isCountable(){return!0}copy(){return new t(this.content)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,o){}delete(e){}gc(e){}write(e,o){e.writeBuf(this.content)}getRef(){return 3}},ap=t=>new ho(t.readBuf()),xn=class t{constructor(e){this.len=e}getLength(){return this.len}getContent(){return[]}isCountable(){return!1}copy(){return new t(this.len)}splice(e){let o=new t(this.len-e);return this.len=e,o}mergeWith(e){return this.len+=e.len,!0}integrate(e,o){un(e.deleteSet,o.id.client,o.id.clock,this.len),o.markDeleted()}delete(e){}gc(e){}write(e,o){e.writeLen(this.len-o)}getRef(){return 1}},cp=t=>new xn(t.readLen()),Ia=(t,e)=>new He({guid:t,...e,shouldLoad:e.shouldLoad||e.autoLoad||!1}),mo=class t{constructor(e){e._item&&console.error("This document was already integrated as a sub-document. You should create a second instance instead with the same guid."),this.doc=e;let o={};this.opts=o,e.gc||(o.gc=!1),e.autoLoad&&(o.autoLoad=!0),e.meta!==null&&(o.meta=e.meta)}getLength(){return 1}getContent(){return[this.doc]}isCountable(){return!0}copy(){return new t(Ia(this.doc.guid,this.opts))}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,o){this.doc._item=o,e.subdocsAdded.add(this.doc),this.doc.shouldLoad&&e.subdocsLoaded.add(this.doc)}delete(e){e.subdocsAdded.has(this.doc)?e.subdocsAdded.delete(this.doc):e.subdocsRemoved.add(this.doc)}gc(e){}write(e,o){e.writeString(this.doc.guid),e.writeAny(this.opts)}getRef(){return 9}},lp=t=>new mo(Ia(t.readString(),t.readAny())),Qe=class t{constructor(e){this.embed=e}getLength(){return 1}getContent(){return[this.embed]}isCountable(){return!0}copy(){return new t(this.embed)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,o){}delete(e){}gc(e){}write(e,o){e.writeJSON(this.embed)}getRef(){return 5}},dp=t=>new Qe(t.readJSON()),O=class t{constructor(e,o){this.key=e,this.value=o}getLength(){return 1}getContent(){return[]}isCountable(){return!1}copy(){return new t(this.key,this.value)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,o){let n=o.parent;n._searchMarker=null,n._hasFormatting=!0}delete(e){}gc(e){}write(e,o){e.writeKey(this.key),e.writeJSON(this.value)}getRef(){return 6}},pp=t=>new O(t.readKey(),t.readJSON()),Br=class t{constructor(e){this.arr=e}getLength(){return this.arr.length}getContent(){return this.arr}isCountable(){return!0}copy(){return new t(this.arr)}splice(e){let o=new t(this.arr.slice(e));return this.arr=this.arr.slice(0,e),o}mergeWith(e){return this.arr=this.arr.concat(e.arr),!0}integrate(e,o){}delete(e){}gc(e){}write(e,o){let n=this.arr.length;e.writeLen(n-o);for(let r=o;r<n;r++){let i=this.arr[r];e.writeString(i===void 0?"undefined":JSON.stringify(i))}}getRef(){return 2}},up=t=>{let e=t.readLen(),o=[];for(let n=0;n<e;n++){let r=t.readString();r==="undefined"?o.push(void 0):o.push(JSON.parse(r))}return new Br(o)},hp=Jt("node_env")==="development",At=class t{constructor(e){this.arr=e,hp&&lr(e)}getLength(){return this.arr.length}getContent(){return this.arr}isCountable(){return!0}copy(){return new t(this.arr)}splice(e){let o=new t(this.arr.slice(e));return this.arr=this.arr.slice(0,e),o}mergeWith(e){return this.arr=this.arr.concat(e.arr),!0}integrate(e,o){}delete(e){}gc(e){}write(e,o){let n=this.arr.length;e.writeLen(n-o);for(let r=o;r<n;r++){let i=this.arr[r];e.writeAny(i)}}getRef(){return 8}},mp=t=>{let e=t.readLen(),o=[];for(let n=0;n<e;n++)o.push(t.readAny());return new At(o)},$e=class t{constructor(e){this.str=e}getLength(){return this.str.length}getContent(){return this.str.split("")}isCountable(){return!0}copy(){return new t(this.str)}splice(e){let o=new t(this.str.slice(e));this.str=this.str.slice(0,e);let n=this.str.charCodeAt(e-1);return n>=55296&&n<=56319&&(this.str=this.str.slice(0,e-1)+"�",o.str="�"+o.str.slice(1)),o}mergeWith(e){return this.str+=e.str,!0}integrate(e,o){}delete(e){}gc(e){}write(e,o){e.writeString(o===0?this.str:this.str.slice(o))}getRef(){return 4}},fp=t=>new $e(t.readString()),gp=[Qd,Xd,tp,np,op,rp,ip],wp=0,vp=1,yp=2,bp=3,xp=4,kp=5,Sp=6,Ee=class t{constructor(e){this.type=e}getLength(){return 1}getContent(){return[this.type]}isCountable(){return!0}copy(){return new t(this.type._copy())}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,o){this.type._integrate(e.doc,o)}delete(e){let o=this.type._start;for(;o!==null;)o.deleted?o.id.clock<(e.beforeState.get(o.id.client)||0)&&e._mergeStructs.push(o):o.delete(e),o=o.right;this.type._map.forEach(n=>{n.deleted?n.id.clock<(e.beforeState.get(n.id.client)||0)&&e._mergeStructs.push(n):n.delete(e)}),e.changed.delete(this.type)}gc(e){let o=this.type._start;for(;o!==null;)o.gc(e,!0),o=o.right;this.type._start=null,this.type._map.forEach(n=>{for(;n!==null;)n.gc(e,!0),n=n.left}),this.type._map=new Map}write(e,o){this.type._write(e)}getRef(){return 7}},$p=t=>new Ee(gp[t.readTypeRef()](t));var kn=(t,e,o)=>{let{client:n,clock:r}=e.id,i=new L(k(n,r+o),e,k(n,r+o-1),e.right,e.rightOrigin,e.parent,e.parentSub,e.content.splice(o));return e.deleted&&i.markDeleted(),e.keep&&(i.keep=!0),e.redone!==null&&(i.redone=k(e.redone.client,e.redone.clock+o)),e.right=i,i.right!==null&&(i.right.left=i),t._mergeStructs.push(i),i.parentSub!==null&&i.right===null&&i.parent._map.set(i.parentSub,i),e.length=o,i};var L=class t extends uo{constructor(e,o,n,r,i,s,a,c){super(e,c.getLength()),this.origin=n,this.left=o,this.right=r,this.rightOrigin=i,this.parent=s,this.parentSub=a,this.redone=null,this.content=c,this.info=this.content.isCountable()?2:0}set marker(e){(this.info&8)>0!==e&&(this.info^=8)}get marker(){return(this.info&8)>0}get keep(){return(this.info&1)>0}set keep(e){this.keep!==e&&(this.info^=1)}get countable(){return(this.info&2)>0}get deleted(){return(this.info&4)>0}set deleted(e){this.deleted!==e&&(this.info^=4)}markDeleted(){this.info|=4}getMissing(e,o){if(this.origin&&this.origin.client!==this.id.client&&this.origin.clock>=P(o,this.origin.client))return this.origin.client;if(this.rightOrigin&&this.rightOrigin.client!==this.id.client&&this.rightOrigin.clock>=P(o,this.rightOrigin.client))return this.rightOrigin.client;if(this.parent&&this.parent.constructor===Ie&&this.id.client!==this.parent.client&&this.parent.clock>=P(o,this.parent.client))return this.parent.client;if(this.origin&&(this.left=Ys(e,o,this.origin),this.origin=this.left.lastId),this.rightOrigin&&(this.right=De(e,this.rightOrigin),this.rightOrigin=this.right.id),this.left&&this.left.constructor===J||this.right&&this.right.constructor===J)this.parent=null;else if(!this.parent)this.left&&this.left.constructor===t?(this.parent=this.left.parent,this.parentSub=this.left.parentSub):this.right&&this.right.constructor===t&&(this.parent=this.right.parent,this.parentSub=this.right.parentSub);else if(this.parent.constructor===Ie){let n=Ar(o,this.parent);n.constructor===J?this.parent=null:this.parent=n.content.type}return null}integrate(e,o){if(o>0&&(this.id.clock+=o,this.left=Ys(e,e.doc.store,k(this.id.client,this.id.clock-1)),this.origin=this.left.lastId,this.content=this.content.splice(o),this.length-=o),this.parent){if(!this.left&&(!this.right||this.right.left!==null)||this.left&&this.left.right!==this.right){let n=this.left,r;if(n!==null)r=n.right;else if(this.parentSub!==null)for(r=this.parent._map.get(this.parentSub)||null;r!==null&&r.left!==null;)r=r.left;else r=this.parent._start;let i=new Set,s=new Set;for(;r!==null&&r!==this.right;){if(s.add(r),i.add(r),an(this.origin,r.origin)){if(r.id.client<this.id.client)n=r,i.clear();else if(an(this.rightOrigin,r.rightOrigin))break}else if(r.origin!==null&&s.has(Ar(e.doc.store,r.origin)))i.has(Ar(e.doc.store,r.origin))||(n=r,i.clear());else break;r=r.right}this.left=n}if(this.left!==null){let n=this.left.right;this.right=n,this.left.right=this}else{let n;if(this.parentSub!==null)for(n=this.parent._map.get(this.parentSub)||null;n!==null&&n.left!==null;)n=n.left;else n=this.parent._start,this.parent._start=this;this.right=n}this.right!==null?this.right.left=this:this.parentSub!==null&&(this.parent._map.set(this.parentSub,this),this.left!==null&&this.left.delete(e)),this.parentSub===null&&this.countable&&!this.deleted&&(this.parent._length+=this.length),ua(e.doc.store,this),this.content.integrate(e,this),Qs(e,this.parent,this.parentSub),(this.parent._item!==null&&this.parent._item.deleted||this.parentSub!==null&&this.right!==null)&&this.delete(e)}else new J(this.id,this.length).integrate(e,0)}get next(){let e=this.right;for(;e!==null&&e.deleted;)e=e.right;return e}get prev(){let e=this.left;for(;e!==null&&e.deleted;)e=e.left;return e}get lastId(){return this.length===1?this.id:k(this.id.client,this.id.clock+this.length-1)}mergeWith(e){if(this.constructor===e.constructor&&an(e.origin,this.lastId)&&this.right===e&&an(this.rightOrigin,e.rightOrigin)&&this.id.client===e.id.client&&this.id.clock+this.length===e.id.clock&&this.deleted===e.deleted&&this.redone===null&&e.redone===null&&this.content.constructor===e.content.constructor&&this.content.mergeWith(e.content)){let o=this.parent._searchMarker;return o&&o.forEach(n=>{n.p===e&&(n.p=this,!this.deleted&&this.countable&&(n.index-=this.length))}),e.keep&&(this.keep=!0),this.right=e.right,this.right!==null&&(this.right.left=this),this.length+=e.length,!0}return!1}delete(e){if(!this.deleted){let o=this.parent;this.countable&&this.parentSub===null&&(o._length-=this.length),this.markDeleted(),un(e.deleteSet,this.id.client,this.id.clock,this.length),Qs(e,o,this.parentSub),this.content.delete(e)}}gc(e,o){if(!this.deleted)throw Y();this.content.gc(e),o?Nd(e,this,new J(this.id,this.length)):this.content=new xn(this.length)}write(e,o){let n=o>0?k(this.id.client,this.id.clock+o-1):this.origin,r=this.rightOrigin,i=this.parentSub,s=this.content.getRef()&31|(n===null?0:128)|(r===null?0:64)|(i===null?0:32);if(e.writeInfo(s),n!==null&&e.writeLeftID(n),r!==null&&e.writeRightID(r),n===null&&r===null){let a=this.parent;if(a._item!==void 0){let c=a._item;if(c===null){let l=Md(a);e.writeParentInfo(!0),e.writeString(l)}else e.writeParentInfo(!1),e.writeLeftID(c.id)}else a.constructor===String?(e.writeParentInfo(!0),e.writeString(a)):a.constructor===Ie?(e.writeParentInfo(!1),e.writeLeftID(a)):Y();i!==null&&e.writeString(i)}this.content.write(e,o)}},Ma=(t,e)=>Ep[e&31](t),Ep=[()=>{Y()},cp,up,ap,fp,dp,pp,$p,mp,lp,()=>{Y()}],Cp=10,Q=class extends uo{get deleted(){return!0}delete(){}mergeWith(e){return this.constructor!==e.constructor?!1:(this.length+=e.length,!0)}integrate(e,o){Y()}write(e,o){e.writeInfo(Cp),v(e.restEncoder,this.length-o)}getMissing(e,o){return null}},Da=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:{},Oa="__ $YJS$ __";Da[Oa]===!0&&console.error("Yjs was already imported. This breaks constructor checks and will lead to issues! - https://github.com/yjs/yjs/issues/438");Da[Oa]=!0;var qa=new Map,Xr=class{constructor(e){this.room=e,this.onmessage=null,this._onChange=o=>o.key===e&&this.onmessage!==null&&this.onmessage({data:ys(o.newValue||"")}),ns(this._onChange)}postMessage(e){jo.setItem(this.room,vs(ws(e)))}close(){rs(this._onChange)}},Ap=typeof BroadcastChannel>"u"?Xr:BroadcastChannel,Kr=t=>K(qa,t,()=>{let e=ne(),o=new Ap(t);return o.onmessage=n=>e.forEach(r=>r(n.data,"broadcastchannel")),{bc:o,subs:e}}),Ra=(t,e)=>(Kr(t).subs.add(e),e),Pa=(t,e)=>{let o=Kr(t),n=o.subs.delete(e);return n&&o.subs.size===0&&(o.bc.close(),qa.delete(t)),n},Xe=(t,e,o=null)=>{let n=Kr(t);n.bc.postMessage(e),n.subs.forEach(r=>r(e,o))};var La=0,Cn=1,ja=2,An=(t,e)=>{v(t,La);let o=da(e);T(t,o)},Zr=(t,e,o)=>{v(t,Cn),T(t,aa(e,o))},Up=(t,e,o)=>Zr(e,o,I(t)),Va=(t,e,o,n)=>{try{sa(e,I(t),o)}catch(r){n?.(r),console.error("Caught error while handling a Yjs update",r)}},Ba=(t,e)=>{v(t,ja),T(t,e)},_p=Va,Fa=(t,e,o,n,r)=>{let i=b(t);switch(i){case La:Up(t,e,o);break;case Cn:Va(t,o,n,r);break;case ja:_p(t,o,n,r);break;default:throw new Error("Unknown message type")}return i};var Mp=0;var za=(t,e,o)=>{b(t)===Mp&&o(e,se(t))};var ei=3e4,Tn=class extends it{constructor(e){super(),this.doc=e,this.clientID=e.clientID,this.states=new Map,this.meta=new Map,this._checkInterval=setInterval(()=>{let o=ce();this.getLocalState()!==null&&ei/2<=o-this.meta.get(this.clientID).lastUpdated&&this.setLocalState(this.getLocalState());let n=[];this.meta.forEach((r,i)=>{i!==this.clientID&&ei<=o-r.lastUpdated&&this.states.has(i)&&n.push(i)}),n.length>0&&Un(this,n,"timeout")},V(ei/10)),e.on("destroy",()=>{this.destroy()}),this.setLocalState({})}destroy(){this.emit("destroy",[this]),this.setLocalState(null),super.destroy(),clearInterval(this._checkInterval)}getLocalState(){return this.states.get(this.clientID)||null}setLocalState(e){let o=this.clientID,n=this.meta.get(o),r=n===void 0?0:n.clock+1,i=this.states.get(o);e===null?this.states.delete(o):this.states.set(o,e),this.meta.set(o,{clock:r,lastUpdated:ce()});let s=[],a=[],c=[],l=[];e===null?l.push(o):i==null?e!=null&&s.push(o):(a.push(o),Te(i,e)||c.push(o)),(s.length>0||c.length>0||l.length>0)&&this.emit("change",[{added:s,updated:c,removed:l},"local"]),this.emit("update",[{added:s,updated:a,removed:l},"local"])}setLocalStateField(e,o){let n=this.getLocalState();n!==null&&this.setLocalState({...n,[e]:o})}getStates(){return this.states}},Un=(t,e,o)=>{let n=[];for(let r=0;r<e.length;r++){let i=e[r];if(t.states.has(i)){if(t.states.delete(i),i===t.clientID){let s=t.meta.get(i);t.meta.set(i,{clock:s.clock+1,lastUpdated:ce()})}n.push(i)}}n.length>0&&(t.emit("change",[{added:[],updated:[],removed:n},o]),t.emit("update",[{added:[],updated:[],removed:n},o]))},_t=(t,e,o=t.states)=>{let n=e.length,r=_();v(r,n);for(let i=0;i<n;i++){let s=e[i],a=o.get(s)||null,c=t.meta.get(s).clock;v(r,s),v(r,c),xe(r,JSON.stringify(a))}return E(r)};var Ga=(t,e,o)=>{let n=ae(e),r=ce(),i=[],s=[],a=[],c=[],l=b(n);for(let d=0;d<l;d++){let p=b(n),u=b(n),h=JSON.parse(se(n)),f=t.meta.get(p),x=t.states.get(p),N=f===void 0?0:f.clock;(N<u||N===u&&h===null&&t.states.has(p))&&(h===null?p===t.clientID&&t.getLocalState()!=null?u++:t.states.delete(p):t.states.set(p,h),t.meta.set(p,{clock:u,lastUpdated:r}),f===void 0&&h!==null?i.push(p):f!==void 0&&h===null?c.push(p):h!==null&&(Te(h,x)||a.push(p),s.push(p)))}(i.length>0||a.length>0||c.length>0)&&t.emit("change",[{added:i,updated:a,removed:c},o]),(i.length>0||s.length>0||c.length>0)&&t.emit("update",[{added:i,updated:s,removed:c},o])};var Wa=t=>ls(t,(e,o)=>`${encodeURIComponent(o)}=${encodeURIComponent(e)}`).join("&");var Ke=0,Ya=3,It=1,qp=2,fo=[];fo[Ke]=(t,e,o,n,r)=>{v(t,Ke);let i=Fa(e,t,o.doc,o);n&&i===Cn&&!o.synced&&(o.synced=!0)};fo[Ya]=(t,e,o,n,r)=>{v(t,It),T(t,_t(o.awareness,Array.from(o.awareness.getStates().keys())))};fo[It]=(t,e,o,n,r)=>{Ga(o.awareness,I(e),o)};fo[qp]=(t,e,o,n,r)=>{za(e,o.doc,(i,s)=>Rp(o,s))};var Ha=3e4,Rp=(t,e)=>console.warn(`Permission denied to access ${t.url}.
${e}`),Ja=(t,e,o)=>{let n=ae(e),r=_(),i=b(n),s=t.messageHandlers[i];return s?s(r,n,t,o,i):console.error("Unable to compute message"),r},Qa=t=>{if(t.shouldConnect&&t.ws===null){let e=new t._WS(t.url);e.binaryType="arraybuffer",t.ws=e,t.wsconnecting=!0,t.wsconnected=!1,t.synced=!1,e.onmessage=o=>{t.wsLastMessageReceived=ce();let n=Ja(t,new Uint8Array(o.data),!0);Do(n)>1&&e.send(E(n))},e.onerror=o=>{t.emit("connection-error",[o,t])},e.onclose=o=>{t.emit("connection-close",[o,t]),t.ws=null,t.wsconnecting=!1,t.wsconnected?(t.wsconnected=!1,t.synced=!1,Un(t.awareness,Array.from(t.awareness.getStates().keys()).filter(n=>n!==t.doc.clientID),t),t.emit("status",[{status:"disconnected"}])):t.wsUnsuccessfulReconnects++,setTimeout(Qa,st(zi(2,t.wsUnsuccessfulReconnects)*100,t.maxBackoffTime),t)},e.onopen=()=>{t.wsLastMessageReceived=ce(),t.wsconnecting=!1,t.wsconnected=!0,t.wsUnsuccessfulReconnects=0,t.emit("status",[{status:"connected"}]);let o=_();if(v(o,Ke),An(o,t.doc),e.send(E(o)),t.awareness.getLocalState()!==null){let n=_();v(n,It),T(n,_t(t.awareness,[t.doc.clientID])),e.send(E(n))}},t.emit("status",[{status:"connecting"}])}},ti=(t,e)=>{let o=t.ws;t.wsconnected&&o&&o.readyState===o.OPEN&&o.send(e),t.bcconnected&&Xe(t.bcChannel,e,t)},_n=class extends it{constructor(e,o,n,{connect:r=!0,awareness:i=new Tn(n),params:s={},WebSocketPolyfill:a=WebSocket,resyncInterval:c=-1,maxBackoffTime:l=2500,disableBc:d=!1}={}){for(super();e[e.length-1]==="/";)e=e.slice(0,e.length-1);let p=Wa(s);this.maxBackoffTime=l,this.bcChannel=e+"/"+o,this.url=e+"/"+o+(p.length===0?"":"?"+p),this.roomname=o,this.doc=n,this._WS=a,this.awareness=i,this.wsconnected=!1,this.wsconnecting=!1,this.bcconnected=!1,this.disableBc=d,this.wsUnsuccessfulReconnects=0,this.messageHandlers=fo.slice(),this._synced=!1,this.ws=null,this.wsLastMessageReceived=0,this.shouldConnect=r,this._resyncInterval=0,c>0&&(this._resyncInterval=setInterval(()=>{if(this.ws&&this.ws.readyState===WebSocket.OPEN){let u=_();v(u,Ke),An(u,n),this.ws.send(E(u))}},c)),this._bcSubscriber=(u,h)=>{if(h!==this){let f=Ja(this,new Uint8Array(u),!1);Do(f)>1&&Xe(this.bcChannel,E(f),this)}},this._updateHandler=(u,h)=>{if(h!==this){let f=_();v(f,Ke),Ba(f,u),ti(this,E(f))}},this.doc.on("update",this._updateHandler),this._awarenessUpdateHandler=({added:u,updated:h,removed:f},x)=>{let N=u.concat(h).concat(f),Ne=_();v(Ne,It),T(Ne,_t(i,N)),ti(this,E(Ne))},this._exitHandler=()=>{Un(this.awareness,[n.clientID],"app closed")},ke&&typeof process<"u"&&process.on("exit",this._exitHandler),i.on("update",this._awarenessUpdateHandler),this._checkInterval=setInterval(()=>{this.wsconnected&&Ha<ce()-this.wsLastMessageReceived&&this.ws.close()},Ha/10),r&&this.connect()}get synced(){return this._synced}set synced(e){this._synced!==e&&(this._synced=e,this.emit("synced",[e]),this.emit("sync",[e]))}destroy(){this._resyncInterval!==0&&clearInterval(this._resyncInterval),clearInterval(this._checkInterval),this.disconnect(),ke&&typeof process<"u"&&process.off("exit",this._exitHandler),this.awareness.off("update",this._awarenessUpdateHandler),this.doc.off("update",this._updateHandler),super.destroy()}connectBc(){if(this.disableBc)return;this.bcconnected||(Ra(this.bcChannel,this._bcSubscriber),this.bcconnected=!0);let e=_();v(e,Ke),An(e,this.doc),Xe(this.bcChannel,E(e),this);let o=_();v(o,Ke),Zr(o,this.doc),Xe(this.bcChannel,E(o),this);let n=_();v(n,Ya),Xe(this.bcChannel,E(n),this);let r=_();v(r,It),T(r,_t(this.awareness,[this.doc.clientID])),Xe(this.bcChannel,E(r),this)}disconnectBc(){let e=_();v(e,It),T(e,_t(this.awareness,[this.doc.clientID],new Map)),ti(this,E(e)),this.bcconnected&&(Pa(this.bcChannel,this._bcSubscriber),this.bcconnected=!1)}disconnect(){this.shouldConnect=!1,this.disconnectBc(),this.ws!==null&&this.ws.close()}connect(){this.shouldConnect=!0,!this.wsconnected&&this.ws===null&&(Qa(this),this.connectBc())}};var me=class{constructor(e){this.value=e}valueOf(){return this.value}},A=class extends me{constructor(e="???"){super(e)}toString(e){return`{${this.value}}`}},X=class extends me{constructor(e,o={}){super(e),this.opts=o}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(o){e.reportError(o)}return this.value.toString(10)}},fe=class t extends me{static supportsValue(e){if(typeof e=="number"||e instanceof Date)return!0;if(e instanceof me)return t.supportsValue(e.valueOf());if("Temporal"in globalThis){let o=globalThis.Temporal;if(e instanceof o.Instant||e instanceof o.PlainDateTime||e instanceof o.PlainDate||e instanceof o.PlainMonthDay||e instanceof o.PlainTime||e instanceof o.PlainYearMonth)return!0}return!1}constructor(e,o={}){e instanceof t?(o={...e.opts,...o},e=e.value):e instanceof me&&(e=e.valueOf()),typeof e=="object"&&"calendarId"in e&&o.calendar===void 0&&(o={...o,calendar:e.calendarId}),super(e),this.opts=o}[Symbol.toPrimitive](e){return e==="string"?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e=="number")return e;if(e instanceof Date)return e.getTime();if("epochMilliseconds"in e)return e.epochMilliseconds;if("toZonedDateTime"in e)return e.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(o){e.reportError(o)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Xa=100,Pp="⁨",Lp="⁩";function jp(t,e,o){if(o===e||o instanceof X&&e instanceof X&&o.value===e.value)return!0;if(e instanceof X&&typeof o=="string"){let n=t.memoizeIntlObject(Intl.PluralRules,e.opts).select(e.value);if(o===n)return!0}return!1}function Ka(t,e,o){return e[o]?Mt(t,e[o].value):(t.reportError(new RangeError("No default")),new A)}function oi(t,e){let o=[],n=Object.create(null);for(let r of e)r.type==="narg"?n[r.name]=go(t,r.value):o.push(go(t,r));return{positional:o,named:n}}function go(t,e){switch(e.type){case"str":return e.value;case"num":return new X(e.value,{minimumFractionDigits:e.precision});case"var":return Vp(t,e);case"mesg":return Bp(t,e);case"term":return Fp(t,e);case"func":return zp(t,e);case"select":return Gp(t,e);default:return new A}}function Vp(t,{name:e}){let o;if(t.params)if(Object.prototype.hasOwnProperty.call(t.params,e))o=t.params[e];else return new A(`$${e}`);else if(t.args&&Object.prototype.hasOwnProperty.call(t.args,e))o=t.args[e];else return t.reportError(new ReferenceError(`Unknown variable: $${e}`)),new A(`$${e}`);if(o instanceof me)return o;switch(typeof o){case"string":return o;case"number":return new X(o);case"object":if(fe.supportsValue(o))return new fe(o);default:return t.reportError(new TypeError(`Variable type not supported: $${e}, ${typeof o}`)),new A(`$${e}`)}}function Bp(t,{name:e,attr:o}){let n=t.bundle._messages.get(e);if(!n)return t.reportError(new ReferenceError(`Unknown message: ${e}`)),new A(e);if(o){let r=n.attributes[o];return r?Mt(t,r):(t.reportError(new ReferenceError(`Unknown attribute: ${o}`)),new A(`${e}.${o}`))}return n.value?Mt(t,n.value):(t.reportError(new ReferenceError(`No value: ${e}`)),new A(e))}function Fp(t,{name:e,attr:o,args:n}){let r=`-${e}`,i=t.bundle._terms.get(r);if(!i)return t.reportError(new ReferenceError(`Unknown term: ${r}`)),new A(r);if(o){let a=i.attributes[o];if(a){t.params=oi(t,n).named;let c=Mt(t,a);return t.params=null,c}return t.reportError(new ReferenceError(`Unknown attribute: ${o}`)),new A(`${r}.${o}`)}t.params=oi(t,n).named;let s=Mt(t,i.value);return t.params=null,s}function zp(t,{name:e,args:o}){let n=t.bundle._functions[e];if(!n)return t.reportError(new ReferenceError(`Unknown function: ${e}()`)),new A(`${e}()`);if(typeof n!="function")return t.reportError(new TypeError(`Function ${e}() is not callable`)),new A(`${e}()`);try{let r=oi(t,o);return n(r.positional,r.named)}catch(r){return t.reportError(r),new A(`${e}()`)}}function Gp(t,{selector:e,variants:o,star:n}){let r=go(t,e);if(r instanceof A)return Ka(t,o,n);for(let i of o){let s=go(t,i.key);if(jp(t,r,s))return Mt(t,i.value)}return Ka(t,o,n)}function ni(t,e){if(t.dirty.has(e))return t.reportError(new RangeError("Cyclic reference")),new A;t.dirty.add(e);let o=[],n=t.bundle._useIsolating&&e.length>1;for(let r of e){if(typeof r=="string"){o.push(t.bundle._transform(r));continue}if(t.placeables++,t.placeables>Xa)throw t.dirty.delete(e),new RangeError(`Too many placeables expanded: ${t.placeables}, max allowed is ${Xa}`);n&&o.push(Pp),o.push(go(t,r).toString(t)),n&&o.push(Lp)}return t.dirty.delete(e),o.join("")}function Mt(t,e){return typeof e=="string"?t.bundle._transform(e):ni(t,e)}var In=class{constructor(e,o,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=o,this.args=n}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,o){let n=this.bundle._intls.get(e);n||(n={},this.bundle._intls.set(e,n));let r=JSON.stringify(o);return n[r]||(n[r]=new e(this.bundle.locales,o)),n[r]}};function ri(t,e){let o=Object.create(null);for(let[n,r]of Object.entries(t))e.includes(n)&&(o[n]=r.valueOf());return o}var Za=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function ec(t,e){let o=t[0];if(o instanceof A)return new A(`NUMBER(${o.valueOf()})`);if(o instanceof X)return new X(o.valueOf(),{...o.opts,...ri(e,Za)});if(o instanceof fe)return new X(o.toNumber(),{...ri(e,Za)});throw new TypeError("Invalid argument to NUMBER")}var Wp=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function tc(t,e){let o=t[0];if(o instanceof A)return new A(`DATETIME(${o.valueOf()})`);if(o instanceof fe||o instanceof X)return new fe(o,ri(e,Wp));throw new TypeError("Invalid argument to DATETIME")}var oc=new Map;function nc(t){let e=Array.isArray(t)?t.join(" "):t,o=oc.get(e);return o===void 0&&(o=new Map,oc.set(e,o)),o}var wo=class{constructor(e,{functions:o,useIsolating:n=!0,transform:r=i=>i}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:ec,DATETIME:tc,...o},this._useIsolating=n,this._transform=r,this._intls=nc(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:o=!1}={}){let n=[];for(let r=0;r<e.body.length;r++){let i=e.body[r];if(i.id.startsWith("-")){if(o===!1&&this._terms.has(i.id)){n.push(new Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(o===!1&&this._messages.has(i.id)){n.push(new Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return n}formatPattern(e,o=null,n=null){if(typeof e=="string")return this._transform(e);let r=new In(this,n,o);try{return ni(r,e).toString(r)}catch(i){if(r.errors&&i instanceof Error)return r.errors.push(i),new A().toString(r);throw i}}};var ii=/^(-?[a-zA-Z][\w-]*) *= */gm,rc=/\.([a-zA-Z][\w-]*) *= */y,Hp=/\*?\[/y,si=/(-?[0-9]+(?:\.([0-9]+))?)/y,Yp=/([a-zA-Z][\w-]*)/y,ic=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Jp=/^[A-Z][A-Z0-9_-]*$/,Mn=/([^{}\n\r]+)/y,Qp=/([^\\"\n\r]*)/y,sc=/\\([\\"])/y,ac=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Xp=/^\n+/,cc=/ +$/,Kp=/ *\r?\n/g,Zp=/( *)$/,eu=/{\s*/y,lc=/\s*}/y,tu=/\[\s*/y,ou=/\s*] */y,nu=/\s*\(\s*/y,ru=/\s*->\s*/y,iu=/\s*:\s*/y,su=/\s*,?\s*/y,au=/\s+/y,vo=class{constructor(e){this.body=[],ii.lastIndex=0;let o=0;for(;;){let g=ii.exec(e);if(g===null)break;o=ii.lastIndex;try{this.body.push(c(g[1]))}catch(y){if(y instanceof SyntaxError)continue;throw y}}function n(g){return g.lastIndex=o,g.test(e)}function r(g,y){if(e[o]===g)return o++,!0;if(y)throw new y(`Expected ${g}`);return!1}function i(g,y){if(n(g))return o=g.lastIndex,!0;if(y)throw new y(`Expected ${g.toString()}`);return!1}function s(g){g.lastIndex=o;let y=g.exec(e);if(y===null)throw new SyntaxError(`Expected ${g.toString()}`);return o=g.lastIndex,y}function a(g){return s(g)[1]}function c(g){let y=d(),$=l();if(y===null&&Object.keys($).length===0)throw new SyntaxError("Expected message value or attributes");return{id:g,value:y,attributes:$}}function l(){let g=Object.create(null);for(;n(rc);){let y=a(rc),$=d();if($===null)throw new SyntaxError("Expected attribute value");g[y]=$}return g}function d(){let g;if(n(Mn)&&(g=a(Mn)),e[o]==="{"||e[o]==="}")return p(g?[g]:[],1/0);let y=qt();return y?g?p([g,y],y.length):(y.value=Rt(y.value,Xp),p([y],y.length)):g?Rt(g,cc):null}function p(g=[],y){for(;;){if(n(Mn)){g.push(a(Mn));continue}if(e[o]==="{"){g.push(u());continue}if(e[o]==="}")throw new SyntaxError("Unbalanced closing brace");let oe=qt();if(oe){g.push(oe),y=Math.min(y,oe.length);continue}break}let $=g.length-1,ve=g[$];typeof ve=="string"&&(g[$]=Rt(ve,cc));let qe=[];for(let oe of g)oe instanceof Dn&&(oe=oe.value.slice(0,oe.value.length-y)),oe&&qe.push(oe);return qe}function u(){i(eu,SyntaxError);let g=h();if(i(lc))return g;if(i(ru)){let y=N();return i(lc,SyntaxError),{type:"select",selector:g,...y}}throw new SyntaxError("Unclosed placeable")}function h(){if(e[o]==="{")return u();if(n(ic)){let[,g,y,$=null]=s(ic);if(g==="$")return{type:"var",name:y};if(i(nu)){let ve=f();if(g==="-")return{type:"term",name:y,attr:$,args:ve};if(Jp.test(y))return{type:"func",name:y,args:ve};throw new SyntaxError("Function names must be all upper-case")}return g==="-"?{type:"term",name:y,attr:$,args:[]}:{type:"mesg",name:y,attr:$}}return Nt()}function f(){let g=[];for(;;){switch(e[o]){case")":return o++,g;case void 0:throw new SyntaxError("Unclosed argument list")}g.push(x()),i(su)}}function x(){let g=h();return g.type!=="mesg"?g:i(iu)?{type:"narg",name:g.name,value:Nt()}:g}function N(){let g=[],y=0,$;for(;n(Hp);){r("*")&&($=y);let ve=Ne(),qe=d();if(qe===null)throw new SyntaxError("Expected variant value");g[y++]={key:ve,value:qe}}if(y===0)return null;if($===void 0)throw new SyntaxError("Expected default variant");return{variants:g,star:$}}function Ne(){i(tu,SyntaxError);let g;return n(si)?g=ot():g={type:"str",value:a(Yp)},i(ou,SyntaxError),g}function Nt(){if(n(si))return ot();if(e[o]==='"')return $o();throw new SyntaxError("Invalid expression")}function ot(){let[,g,y=""]=s(si),$=y.length;return{type:"num",value:parseFloat(g),precision:$}}function $o(){r('"',SyntaxError);let g="";for(;;){if(g+=a(Qp),e[o]==="\\"){g+=Gn();continue}if(r('"'))return{type:"str",value:g};throw new SyntaxError("Unclosed string literal")}}function Gn(){if(n(sc))return a(sc);if(n(ac)){let[,g,y]=s(ac),$=parseInt(g||y,16);return $<=55295||57344<=$?String.fromCodePoint($):"�"}throw new SyntaxError("Unknown escape sequence")}function qt(){let g=o;switch(i(au),e[o]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return Pt(e.slice(g,o))}return e[o-1]===" "?Pt(e.slice(g,o)):!1}function Rt(g,y){return g.replace(y,"")}function Pt(g){let y=g.replace(Kp,`
`),$=Zp.exec(g)[1].length;return new Dn(y,$)}}},Dn=class{constructor(e,o){this.value=e,this.length=o}};var dc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Join
page-change-name = Change my name
page-connection = Connection
page-offline = No connection right now. Your changes are kept on this device and will be sent when the connection is back.
page-token-refused = This link is not valid: its token is wrong or out of date. Ask the host for the current address or QR code.
page-view-only = You can follow the workshop, but the host has not allowed editing from a browser.
page-picture = The service cycle, drawn by the host. The list of moments repeats it as text.
page-picture-loading = Loading the picture…
page-picture-failed = The picture could not be loaded. Trying again…
page-moments = Moments of truth
page-no-moments = This cycle has no moments yet.
page-critical = Critical
page-satisfaction = Satisfaction { $score } of 5
page-satisfaction-none = Not scored yet
page-close = Close
page-add-after = Add a moment after this one
page-moment-gone = Someone has deleted this moment.
page-photo-of = Photo { $number } of “{ $name }”
page-photo-uploading = Sending the photo…
page-photo-sent = Photo added. It appears here in a moment.
page-photo-failed = The photo could not be sent: { $reason }
page-photo-unreadable = This file cannot be opened as a picture. Choose a JPEG, PNG or WebP photo.

language-name = English

## The drawing: markers, centre, legend

drawing-start = Start
drawing-end = End
drawing-centre = Customer satisfaction
drawing-moment = Moment of truth
drawing-satisfaction = Satisfaction (1–5)
drawing-curve = Satisfaction curve

## Channels: names and explanations

channel-InPerson = In person
channel-InPerson-tip = Face to face, at the premises.
channel-Phone = Phone
channel-Phone-tip = A phone call, from the first ring to the goodbye.
channel-Web = Web page
channel-Web-tip = The organisation's web pages.
channel-App = Mobile app
channel-App-tip = The organisation's mobile app.
channel-Email = E-mail
channel-Email-tip = A message the customer sends or receives by e-mail.
channel-Chat = Chat
channel-Chat-tip = A written conversation in real time.
channel-SocialMedia = Social media
channel-SocialMedia-tip = Posts, comments and messages on social networks.
channel-Advertising = Advertising
channel-Advertising-tip = An advertisement the customer sees or hears.
channel-PointOfSale = Point of sale
channel-PointOfSale-tip = The counter, shop or stand where the customer buys.
channel-ProductUse = Using the product
channel-ProductUse-tip = The customer using what they bought.
channel-WordOfMouth = Word of mouth
channel-WordOfMouth-tip = Someone tells the customer about the service.
channel-Other = Other
channel-Other-tip = Any other point of contact.

## Expectations: names and explanations

expectation-Warmth = Human warmth
expectation-Warmth-tip = To be treated kindly, as a person and not a number.
expectation-Speed = Speed and agility
expectation-Speed-tip = To be served quickly, without needless waiting.
expectation-Information = Correct, timely information
expectation-Information-tip = To get accurate information when it is needed.
expectation-Guarantees = Guarantees and kept promises
expectation-Guarantees-tip = That what was promised is delivered, and backed if it fails.
expectation-Advice = Advice
expectation-Advice-tip = To be guided towards the best choice for them.

## Principles: names, badge letters and explanations

principle-Reliability = Reliability
principle-Reliability-tip = Delivering exactly what was agreed, professionally and with clear procedures.
principle-Reliability-badge = R
principle-Credibility = Credibility
principle-Credibility-tip = Meeting the requirements and proving it with facts.
principle-Credibility-badge = C
principle-Attractiveness = Attractiveness
principle-Attractiveness-tip = Presentation, packaging and price that appeal to the customer.
principle-Attractiveness-badge = A
principle-Agility = Agility
principle-Agility-tip = Answers and information that are fast and exact.
principle-Agility-badge = G
principle-Interest = Interest
principle-Interest-tip = Clearing up doubts and solving the customer's problems.
principle-Interest-badge = I
principle-Teamwork = Teamwork with the customer
principle-Teamwork-tip = Giving customers the tools and news to solve problems themselves.
principle-Teamwork-badge = T

## Causes: names and explanations

cause-Apathy = Apathy
cause-Apathy-tip = Staff who do not care whether the customer is helped.
cause-BrushOff = Brush-off
cause-BrushOff-tip = Getting rid of the customer instead of helping.
cause-Coldness = Coldness
cause-Coldness-tip = Distant, unfriendly treatment.
cause-Superiority = Air of superiority
cause-Superiority-tip = Talking down to the customer.
cause-Robotism = Robotic treatment
cause-Robotism-tip = The same script for everyone, with no attention to the person.
cause-Rulebook = Rulebook first
cause-Rulebook-tip = Putting internal rules before the customer's need.
cause-Evasion = Evasive answers
cause-Evasion-tip = Avoiding clear answers or passing the customer on.
cause-BrokenPromise = Broken promise
cause-BrokenPromise-tip = Something promised that was not delivered.
cause-Misinformation = Misinformation
cause-Misinformation-tip = Information that is wrong, missing or contradictory.
cause-LongWait = Long wait
cause-LongWait-tip = Waiting longer than the customer finds reasonable.
cause-PoorCommunication = Poor communication
cause-PoorCommunication-tip = The customer is not told what is happening or what comes next.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Rate our service”
evaluation-RateOurService-tip = A quick prompt asking the customer to score the service.
evaluation-SuggestionBox = Suggestion box
evaluation-SuggestionBox-tip = A box or form where customers leave ideas and remarks.
evaluation-ServiceLine = Customer service line
evaluation-ServiceLine-tip = A phone line dedicated to customer questions and complaints.
evaluation-Email = E-mail
evaluation-Email-tip = An address where customers write to the organisation.
evaluation-ContactLink = Contact link
evaluation-ContactLink-tip = A contact form or link on the website.
evaluation-Pqr = Requests, complaints and claims (PQR)
evaluation-Pqr-tip = A formal channel for requests, complaints and claims.
evaluation-Survey = Survey
evaluation-Survey-tip = A questionnaire about the customer's experience.
evaluation-SocialMedia = Social media
evaluation-SocialMedia-tip = Listening to what customers say on social networks.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = this is not a text file; a Ciclo document is UTF-8 text in RON format
problem-empty = the file is empty; create a cycle with \`ciclo new -o FILE.ron\`
problem-json = this looks like JSON; Ciclo documents are RON, starting with \`(\` and \`format: 1\` (see docs/FORMAT.md)
# $hint is problem-did-you-mean, or nothing; $valid the valid names, as code.
problem-unknown-field = unknown field \`{ $found }\`{ $hint }; valid fields are { $valid }
problem-unknown-value = unknown value \`{ $found }\`{ $hint }; valid values are { $valid }
problem-did-you-mean = {" "}— did you mean \`{ $name }\`?
problem-missing-format = missing \`format: 1\` at the start of the document
problem-missing-field = the required field \`{ $field }\` is missing
problem-duplicate-field = the field \`{ $field }\` appears twice; keep one
problem-wrong-type = expected { $expected }, but found { $found }
# $expected is one of the expected-* messages below.
problem-expected = expected { $expected }
problem-unexpected-end = the file ends too early; a closing \`)\`, \`]\` or \`"\` is probably missing
problem-trailing-text = there is text after the document's closing \`)\`; remove it
problem-syntax = RON syntax error: { $detail }
problem-newer-format = this file has format { $found }: it was made by a newer Ciclo, and this version reads formats 1 to { $known }. Update Ciclo to open it
problem-bad-format = \`format: { $found }\` does not exist; use \`format: 1\` (Ciclo writes 2 or { $known } itself when a cycle needs them)
problem-duplicate-id = id { $id } is already used by another moment; give each moment its own id (or remove \`id\` to have one assigned)
problem-satisfaction = satisfaction { $score } is out of range; use a whole number from 1 to 5, or remove the field
problem-target = target { $score } is out of range; use a whole number from 1 to 5 (the satisfaction the improvement aims at), or remove the field
problem-date = { $field } { $found } is not a real date; write it as YYYY-MM-DD, for example "2027-03-31", or remove the field
problem-angle-range = angle { $angle } is not valid; use degrees from 0 up to (not including) 360, or remove \`angle\` to spread it evenly
problem-angle-order = angle { $angle } is not greater than the previous placed moment's ({ $previous }); angles must increase along the sequence, or remove \`angle\`
problem-empty-name = the moment has no visible name (it is empty or only spaces and invisible characters); give it one
where-moment = moment { $number }
where-moment-named = moment { $number } “{ $name }”
where-field = field \`{ $field }\`
expected-Id = a positive whole number (1, 2, 3…) that no other moment uses; or remove \`id\` and Ciclo assigns one
expected-StringEnd = the closing \`"\` of this text; a quote is missing
expected-String = a text in double quotes, like "Welcome"
expected-Score = a whole number from 1 to 5 (or remove the field)
expected-Integer = a whole number in range
expected-Float = a number
expected-Boolean = \`true\` or \`false\`
expected-List = a list in square brackets, like [A, B]
expected-ListEnd = a comma or the closing \`]\` of the list
expected-StructStart = an opening \`(\`
expected-StructEnd = a comma or a closing \`)\`
expected-Colon = a colon after the field name
expected-Identifier = a name without quotes, such as \`InPerson\` or \`Reliability\`

## Reading a file

load-cannot-read = { $path }: cannot read: { $error }
# $what is one of the special-* messages.
load-not-a-file = { $path }: this is { $what }, not a file; give the path of a .ron cycle
load-too-large = { $path }: the file is { $size } MiB; Ciclo opens documents of up to { $max } MiB. Is this the right file?
special-Directory = a folder
special-Pipe = a named pipe
special-Device = a device
special-Socket = a socket
special-Other = not a regular file

## Saving and exporting

save-missing-folder = { $path }: cannot save: the folder { $folder } does not exist. Create it first or choose another folder.
save-not-a-folder = { $path }: cannot save: { $folder } is a file, not a folder. Choose another folder.
save-exists = { $path } already exists; choose another name or add --force to replace it
save-broken-link = { $path } is a link to { $target }, which does not exist; choose another name, or add --force to write { $target }
save-is-the-input = { $path } is the input file; writing there would destroy it. Choose another output name.
save-not-regular = { $path } is not a regular file (it is a link, a folder or a device), so Ciclo will not write there. Remove it or move it away, then try again.
save-unencodable = { $path }: cannot save: the workshop state could not be written ({ $error }). Nothing was replaced; the changes stay in memory until the next save.
# $previous is "unchanged" when a file was there before, "new" otherwise.
save-io = { $path }: cannot save: { $error }.{ $previous ->
        [unchanged] {" "}The previous file is unchanged.
       *[new] {""}
    } Check that the folder is writable and the disk has room, or choose another place.
export-size = A picture of { $width }×{ $height } pixels is not possible: width and height must be between { $min } and { $max }. Choose another size.
export-unknown-format = { $name }: cannot tell which format to write. Name the file .png, .svg, .csv or .xlsx.
export-render = The picture could not be drawn ({ $detail }). Try a smaller size or the other format.
export-sheet = The spreadsheet could not be made ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Moments
sheet-number = No.
sheet-name = Moment
sheet-channel = Channel
sheet-critical = Critical
sheet-satisfaction = Satisfaction
sheet-target = Target
sheet-votes = Votes
sheet-expectations = Expectations
sheet-principles = Principles
sheet-causes = Causes
sheet-improvement = Improvement
sheet-owner = Owner
sheet-due = Due
sheet-yes = Yes
sheet-no = No

## The analysis (check --summary, the report, the window's Analysis)

moment = Moment
moments-of-truth = Moments of truth
critical-moments = Critical moments
average-satisfaction = Average satisfaction
total = Total
decimal-separator = .
moments-count = { $count ->
        [one] { $count } moment
       *[other] { $count } moments
    }
# "3 of 10 (30%)"
critical-line = { $critical } of { $moments } ({ $percent }%)
# "3.4 of 5 (8 of 10 scored)"; $average is already written with the decimal separator.
average-line = { $average } of 5 ({ $scored } of { $moments } scored)
average-none = no moment scored ({ $scored } of { $moments } scored)
missing-Improvement = no improvement action
missing-Owner = no owner
missing-Both = no improvement action and no owner
expectation-Warmth-short = Warmth
expectation-Speed-short = Speed
expectation-Information-short = Info
expectation-Guarantees-short = Guarantees
expectation-Advice-short = Advice
analysis-principles = Principles by moment
analysis-expectations = Expectations by moment
analysis-causes = Causes of dissatisfaction, by moments affected
analysis-no-causes = No cause of dissatisfaction recorded.
analysis-missing-plans = Critical moments without a plan
analysis-all-planned = Every critical moment has an improvement action and an owner.
analysis-no-critical = No moment is marked critical.
summary-no-moments = (no moments)
summary-critical-moment = critical moment

## A moment's card, the slides, the command line

critical-moment = Critical moment
# "Moment 3 of 12 · Phone"
card-kicker = Moment { $number } of { $count } · { $channel }
why = Why
expectations = Expectations
principles = Principles
satisfaction = Satisfaction
not-scored = Not scored
standard = Standard
improvement = Improvement
owner = Owner
# Words in slide file names (01-cycle.png, 02-moment-01.png): lower case, no spaces.
slides-cycle = cycle
slides-moment = moment
cli-new-cycle-title = New service cycle
cli-no-display = Ciclo could not open its window: no graphical display answered. Start it from a desktop session, or work without a window: \`ciclo export FILE.ron -o FILE.png\` draws a cycle, \`ciclo check FILE.ron\` checks it (see \`ciclo --help\`).

## The command line: its errors, warnings and status lines

# Put before each line of an error or warning; $message is the line.
cli-error = error: { $message }
cli-warning = warning: { $message }
# \`ciclo check\`, one line per valid file: "cycle.ron: ok, 12 moments, 3 critical".
cli-check-ok = { $file }: ok, { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }, { $critical } critical
cli-names-dropped = { $dropped } of { $moments } moments' names did not fit and were left out (their numbered nodes are drawn); export a larger picture with --width and --height to show every name
# \`ciclo slides\`, once the deck is written.
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = there is no help topic \`{ $topic }\`; the topics are: { $topics }
# $option is width or height, as typed on the command line.
cli-side-out-of-range = --{ $option } { $value } is out of range; use { $min } to { $max } pixels
# $where is where-moment-named; $problem one of the photo-* problems.
cli-photo-unusable = { $file }: { $where }: { $problem }; its slides show a placeholder
cli-no-template = there is no template \`{ $name }\`; the templates are: { $names }
cli-template-broken = the template { $name } cannot be read: { $error }
cli-not-workshop-url = { $url } is not a workshop address: it starts with http://, https://, ws:// or wss://, like http://192.168.1.20:7420/cena?token=…
cli-no-window-build = this ciclo was built without its window (the cargo feature \`window\`); build it with the default features to design in the window, or use a command such as \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: a room is named after its file; give a file name in UTF-8
cli-serve-same-name = two files are named { $name }; rooms are named after their files, so rename one
cli-serve-empty-token = --token is empty; leave it out to get a random one
cli-serve-no-token = no random token could be drawn ({ $error }); give one with --token
cli-serve-cannot-listen = cannot listen on { $address }; another program may use port { $port }: choose another with --port
cli-serve-hosting = { $count ->
    [one] Hosting one room. Participants join with:
   *[other] Hosting { $count } rooms. Participants join with:
}
cli-serve-firewall = If others cannot connect, let TCP port { $port } through this computer's firewall.
cli-serve-view-only = Browsers may only view (--view-only).
cli-serve-scan = Phones and laptops: scan the code, or open the address in a browser.
cli-serve-stop-hint = Press Ctrl+C to stop; the files are written within 2 s of each change and on stop.
cli-serve-stopped = Stopped; every room is saved.
cli-serve-not-saved = Stopped, but the room of { $file } could not be saved completely (the error above says why), so its last changes may be missing from the file. Fix that and start the host again; the room's state file { $state } was not removed.
cli-serve-merged = { $file } was edited while no host ran; the edits are merged into the workshop's saved state.
cli-serve-state-unreadable = { $state } could not be read ({ $error }); the room starts afresh from { $file }, so participants who were in it should leave and join again.
cli-sync-cannot-read = { $file }: cannot read
cli-sync-refused = the workshop refused to let this in: { $reason }
cli-sync-no-answer = no answer from { $url } within 20 s; check the address and that the host is running
cli-sync-seeded = The room was empty: { $file } filled it.
cli-sync-follows = { $file } now follows the room.
cli-sync-photo-fetched = Photo fetched from the host: { $file }
cli-sync-unrelated = The room holds another cycle than { $file }: none of its moments is there. Check the room name in the URL; to replace the file by the room anyway, add --replace (a copy of the file is kept as a backup).
cli-sync-backup = { $file } is about to change a lot: its previous content is kept in { $backup }.
cli-sync-keeping = Keeping { $file } in step with { $url }; Ctrl+C stops.
cli-sync-lost = Lost the connection; reconnecting (your edits are kept)…
cli-sync-connected = Connected again.
cli-sync-waiting = { $message }; waiting for the next save
cli-sync-renumbered = The new moment “{ $name }” is moment { $id } in the workshop (it was { $old } in the file).
# Why a file could not be read or written, for the commonest causes (others keep the system's words).
io-NotFound = there is no such file; check the name and the folder (\`ciclo new -o FILE.ron\` creates a cycle)
io-PermissionDenied = permission denied; ask for access to the file, or copy it into one of your folders

## The window

menu-file = File
menu-edit = Edit
menu-view = View
menu-language = Language
menu-help = Help
shortcuts = Keyboard shortcuts
about = About Ciclo
about-body = Ciclo draws service cycles: the moments of truth a customer lives through, on a clock face, with the critical ones marked. Build the cycle with the mouse and keyboard, analyse each moment in the inspector, and export the picture for your slides.
mouse-help = Mouse: drag a moment along the ring to move it; double-click the ring to add one there; drag empty space or use the middle button to pan; Ctrl+wheel zooms.
close = Close
cmd-new = New
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save As…
cmd-export = Export…
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-add = Add moment
cmd-insert-after = Insert after selected
cmd-delete = Delete moment
cmd-distribute = Distribute evenly
cmd-next = Select next
cmd-previous = Select previous
cmd-earlier = Move earlier
cmd-later = Move later
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-fit = Fit to view
cmd-select-none = Select none
cmd-canvas-only = Canvas only
tip-canvas-only = Hide the moment list and the inspector so the cycle gets the whole window; once more brings them back
a11y-moment = Moment { $number } of { $count }
a11y-critical = critical
a11y-satisfaction = satisfaction { $score } of 5
show-list = Moment list
show-inspector = Inspector
dropped-labels = Names left out
tip-dropped-labels = The picture has no room for every name. Make it larger (Export), shorten the names, or split the cycle.
new-from-template = New from template
recent-files = Recent files
no-recent = No recent files
theme = Theme
light = Light
dark = Dark
tip-add = Add a new moment of truth at the end of the cycle
tip-insert-after = Insert a new moment right after the selected one (Insert)
tip-delete = Remove the selected moment (Delete); Undo brings it back
tip-distribute = Forget the positions placed by hand and space the moments evenly around the ring
tip-zoom-fit = Show the whole picture (Ctrl+0)
tip-export = Save the slide picture as PNG or SVG
step-cycle = cycle details
step-rename = rename
step-moment = moment details
step-critical = critical mark
step-satisfaction = satisfaction
step-add = add moment
step-delete = delete moment
step-reorder = reorder
step-move = move on the ring
step-distribute = distribute evenly
add = Add
delete = Delete
up = Up
mark-critical = Mark as critical
unmark-critical = Not critical
insert-short = Insert after
down = Down
no-moments = No moments yet. Add one, or double-click the ring.
canvas = Service cycle canvas
empty-hint = Double-click the ring or press “Add moment” to begin
drag-hint = Drag along the ring to move it
name = Name
description = Description
channel = Channel
expectations-2 = Customer expectations
own-expectations = Other expectations
principles-2 = Principles of good service
evaluation = Evaluation
critical-moment-2 = Critical moment of truth
causes = What creates dissatisfaction
satisfaction-2 = Customer satisfaction (1–5)
clear = Clear
improvement-2 = Standard and improvement
standard-2 = Service standard
improvement-action = Improvement action
notes = Notes
service-cycle = Service cycle
nothing-selected = No moment selected: these are the details of the whole cycle.
title = Title
organization = Organization
customer = Customer
promise = Service promise
services = Service packages
primary-services = Primary services
secondary-services = Secondary services
evaluation-mechanisms = Evaluation mechanisms
document-language = Document language
add-item = + Add
remove-item = Remove this item
new-item = New item
sat-very-low = 1: very dissatisfied
sat-low = 2: dissatisfied
sat-mid = 3: neutral
sat-high = 4: satisfied
sat-very-high = 5: very satisfied
zoom = Zoom
untitled = Untitled
unsaved = unsaved changes
saved = Saved
exported = Exported
unsaved-title = Save changes?
unsaved-body = This cycle has changes that are not saved. Save them first?
dont-save = Don't save
cancel = Cancel
ok = OK
open-failed = The file could not be opened
save-failed = The cycle could not be saved
save-failed-hint = Your changes are still here, unsaved. Try Save As… to pick another folder.
export-failed = The picture could not be exported
recover-title = Restore unsaved work?
recover-body = Ciclo closed unexpectedly last time. A recovery copy of the unsaved cycle was kept.
restore = Restore
discard = Discard
export-title = Export picture
format = Format
size = Size
square = square
custom = Custom
pixels = Width × height
width = Width in pixels
height = Height in pixels
background = Background
white = White
transparent = Transparent
export-hint = The canvas shows the picture at this size: what you see is what you get.
tip-satisfaction-curve = Draw each moment's satisfaction score as a curve inside the ring, to show where the experience dips.
tip-png = A bitmap image, ready for slides
tip-svg = A vector drawing with editable text
tip-csv = The moments as comma-separated values, one row each
tip-xlsx = The moments as an Excel workbook, one row each
text-as-paths = Text as outlines
tip-text-as-paths = SVG only: the text becomes shapes, so the picture looks the same on every computer, even one without Ciclo's font. Choose it for slides; the text can no longer be edited.
tip-moment = A moment of truth is any instant in which the customer meets the service (a person, a phone call, a web page, a sign) and judges its quality.
tip-cycle = The service cycle is the whole sequence of moments of truth a customer lives through to get the service, drawn clockwise on a clock face.
tip-name = A short name for the moment, drawn beside its node.
tip-description = What happens at this moment, seen from the customer's side.
tip-channel = How the customer meets the service here: in person, by phone, on the web…
tip-expectations = What the customer hopes to get at this moment.
tip-own-expectations = Expectations in your own words, beyond the usual five.
tip-critical = A critical moment of truth is one where the customer's needs are not met; the drawing marks it in red with a thicker outline.
tip-causes = Why the customer leaves this moment dissatisfied.
tip-satisfaction = How satisfied customers are with this moment, from 1 (very dissatisfied) to 5 (very satisfied), e.g. from a CSAT survey.
tip-clear-satisfaction = Remove the score: not measured yet.
tip-standard = The measurable level of service agreed for this moment, e.g. “phone answered within 3 rings”.
tip-improvement = What will be done to make this moment better.
tip-owner = Who is responsible for the improvement.
tip-notes = Anything else worth remembering about this moment.
tip-title = The title drawn at the top of the picture.
tip-organization = The company or team whose service this is.
tip-cycle-description = What this cycle covers and who built it.
tip-customer = Who the customer is: the external customer who pays, or an internal colleague who receives your work.
tip-promise = What the organisation promises its customers; it should be measurable so you can check that it is kept.
tip-primary = The primary service package: what the customer actually comes for.
tip-secondary = The secondary service package: what comes with the main service (parking, wifi, coffee…).
tip-evaluation = How the organisation listens to its customers to evaluate the service and plan improvements.
tip-principles = The principles of good customer service that this moment puts to the test.
tip-evaluation-section = How this moment is going for the customer: whether it fails them, why, and how satisfied they are.
tip-improvement-section = The level of service agreed for this moment, and what will be done to reach it.
tip-services = What the organisation offers: the core service the customer comes for, and what comes with it.
tip-document-language = The language of the labels the picture adds (Start, End, legend).
cmd-present = Present
tip-present = Show the cycle full screen, one moment at a time, for the group
cmd-analysis = Analysis
tip-analysis = Counts, satisfaction, principles and expectations per moment, the causes of dissatisfaction and the critical moments without a plan
cmd-new-from-template = New from template…
tip-new-from-template = Start from one of the example cycles
cmd-export-report = Export report…
tip-export-report = Write the workshop report (HTML or Markdown): the picture, every moment, the analysis and the improvement plan
cmd-export-slides = Export slides…
tip-export-slides = Write one slide for the whole cycle and one per moment, as 1920×1080 PNG pictures in a folder
present-hint = Right arrow or Space: next  ·  Left arrow: back  ·  Esc: leave
present-exit = Leave the presentation (Esc)
present-cycle = The whole cycle
analysis-title = Analysis of the cycle
an-empty = Add moments of truth to see the analysis.
scored-line = ({ $scored } of { $moments } scored)
an-no-score = no moment scored yet
an-missing-plans = Critical moments without a complete plan
an-click-to-select = Click to select this moment in the designer
an-causes = Causes of dissatisfaction, by moments hit
an-no-causes = No cause of dissatisfaction recorded yet.
an-principles = Moments × principles of good service
an-expectations = Moments × customer expectations
gallery-hint = Each template is a realistic cycle to adapt. It opens as a new cycle, not yet saved.
report-written = Report written:
report-failed = The report could not be written
slides-written = Slides written:
slides-failed = The slides could not be written
critical-count = { $count } critical

## File dialogs, new moments

dialogs-open-service-cycle = Open service cycle
dialogs-save-service-cycle = Save service cycle
dialogs-export-report = Export report
dialogs-slides-folder = Choose a folder for the slides


default-moment-name = Moment { $number }

## The window: commands, palette, themes

cmd-open-recent = Open recent file
cmd-rename = Rename moment
tip-rename = Put the cursor in the selected moment's name (F2)
cmd-palette = Command palette…
tip-palette = Find any command by typing part of its name (Ctrl+Shift+P)
palette-hint = Type to find a command
palette-nothing = No command has that name
cmd-dismiss = Close or deselect
tip-dismiss = Close the window or dialog on top; with none open, select nothing (Esc)
high-contrast = High contrast

## The workshop report

report-about = About the cycle
report-picture = The cycle
report-own-words = in the customer's words
report-critical = Critical
report-yes = yes
report-no = no
report-causes = Causes of dissatisfaction
report-not-scored = not scored
report-plan = Improvement plan
report-plan-order = Critical moments first (marked !), then the others, each in sequence.
report-no-plan = No moment has an improvement action yet.
report-action = Action
report-count = Moments
report-cause = Cause
report-unknown-format = cannot tell the report format of { $path }; name the report file .md or .html
report-picture-failed = the report's picture could not be drawn: { $error }

## Live workshops
menu-workshop = Workshop
cmd-host-workshop = Host workshop
tip-host-workshop = Let people on this network edit this cycle with you, live, from their own Ciclo
cmd-join-workshop = Join workshop…
tip-join-workshop = Edit a cycle that someone hosts, together with the others in the room
cmd-leave-workshop = Leave workshop
tip-leave-workshop = Stop editing together; the cycle stays open here as an unsaved document
ws-live = Live
ws-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
ws-connected = connected
ws-connecting = connecting
ws-reconnecting = reconnecting
ws-refused = refused
ws-host-failed = The workshop could not be hosted
ws-join-failed = The workshop could not be joined
ws-name-title = Your name
ws-name-hint = The others see it beside what you select; your colour comes from it.
ws-join-title = Join a workshop
ws-join-hint = Paste the address the host shows (it starts with http:// or ws://):
ws-join = Join
ws-panel-title = Join this workshop
ws-panel-hint = Phones and laptops: scan the code or type the address into a browser. Ciclo windows: Workshop > Join workshop… and paste it.
ws-copy = Copy address
ws-token = Token
ws-firewall = If nobody can connect, allow Ciclo (TCP port { $port }) through this computer's firewall.
ws-browsers-edit-tip = Untick to let phones and browsers only watch the cycle; Ciclo windows can still edit.
ws-browsers-edit = People joining from a browser may edit
ws-qr-label = QR code of the join address: point a phone's camera at it to join
ws-participants = Participants
ws-you = you
ws-show-panel = Show the join address
ws-on-moment = { $name } has selected this moment
## Photos and decks

step-photos = photos
photos-heading = Photos
photo-add = Add photo…
photo-add-tip = Add pictures of this moment (JPEG, PNG or WebP); you can also drop them onto the moment or here
photo-caption = Caption
photo-earlier = Move this photo up
photo-later = Move this photo down
photo-remove-tip = Remove this photo from the moment (the file stays)
photo-remove = Remove
photo-loading = loading…
photo-filter = Pictures
photo-word = Photo
cmd-export-pdf = Export PDF deck…
cmd-export-pdf-tip = Write every slide into one PDF, with real text and the photos, ready to send by e-mail
cmd-export-pptx = Export PowerPoint deck…
cmd-export-pptx-tip = Write every slide into one PowerPoint file (.pptx), with titles and speaker notes
deck-written = Deck written:
deck-dialog-title = Export presentation
photo-not-found = photo not found
photo-unreadable = the photo cannot be read
photo-not-a-file = this is not a file
photo-too-large = { $mp } megapixels, over the limit of { $max }; save a smaller copy
photo-broken = not a JPEG, PNG or WebP picture
photo-not-loaded = photo not loaded
exporting = Writing { $path }… { $seconds } s
exporting-then-closing = Writing { $path }… { $seconds } s. Ciclo closes once it is written.
export-stopped = The export stopped before it finished; try again.

## The command line's help (\`ciclo --help\`, \`ciclo COMMAND --help\`) and usage errors.
## help-COMMAND is a command's summary; help-COMMAND-ARG an argument's or option's words;
## help-any-ARG serves every command that has ARG.
help-ciclo = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
help-ciclo-long = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.

    With no command (or with a .ron file), opens the designer window.

    Ciclo speaks the system's language if it knows it (English, Spanish, Russian, Portuguese); CICLO_LANG=es (or en, ru, pt) chooses another.
help-ciclo-file = A cycle to open in the window.
help-export = Draw a cycle as a PNG or SVG picture, or write its moments as a CSV or XLSX spreadsheet.
help-export-output = The file to write: .png or .svg (the picture), .csv or .xlsx (one row per moment).
help-export-background = white (the default), transparent, or a colour as #rrggbb.
help-any-satisfaction_curve = Draw the satisfaction curve inside the ring.
help-export-text_as_paths = SVG only: write the text as outlines, so that the file looks exactly like the PNG on any computer (for slides); the text can then no longer be edited.
help-check = Check cycles: one line per file; exits with 1 if any is invalid.
help-check-files = The cycles (.ron).
help-check-summary = Also print the analysis of each valid cycle: critical share, average satisfaction, principles and expectations per moment, causes, missing plans.
help-report = Write the workshop report: properties, picture, every moment, analysis and the improvement plan, as Markdown (with the PNG beside it) or one self-contained HTML.
help-report-output = The report to write: .md or .html.
help-new = Write a new cycle, empty or from a template.
help-new-output = The file to create.
help-new-template = A template (see \`ciclo templates\`).
help-new-lang = Language of the new cycle: en, es, ru or pt (by default the one Ciclo speaks: CICLO_LANG, or the system's).
help-new-force = Replace the file if it exists.
help-templates = List the templates.
help-help = Explain a command (\`ciclo help export\`) or the cycle file format (\`ciclo help format\`).
help-help-topic = A command, or \`format\`.
help-serve = Host a live workshop: one room per cycle, which participants join from their own Ciclo (or any Yjs client) on the same network; each file is written as it changes.
help-serve-files = The cycles (.ron); each room is named after its file.
help-serve-port = The TCP port to listen on (7420 by default).
help-serve-bind = The address to listen on (all of this computer's by default: 0.0.0.0).
help-serve-token = The token participants must give (by default 10 random letters and digits, easy to read off a projector).
help-serve-view_only = Let browsers only look: people who join from the participant page see the cycle live but cannot change it. Ciclo windows can still edit.
help-sync = Keep a cycle file in step with a workshop room, both ways, without a window: the room's changes are written to the file, and edits saved to the file reach the room.
help-sync-url = The room's address, as the host shows it: http://HOST:PORT/ROOM?token=… (ws://, wss:// and https:// work too).
help-sync-file = The cycle (.ron); it fills the room if the room is empty.
help-sync-ca = For wss://: also trust the certificate authorities in this PEM file (a server with a private CA's certificate). SSL_CERT_FILE is trusted too when set.
help-sync-replace = Take the room even when it holds another cycle than the file (the file is kept as FILE.bak).
help-join = Open the window joined to a live workshop (as Workshop ▸ Join workshop… does).
help-join-url = The room's address, as the host shows it: http://HOST:PORT/ROOM?token=… (ws://, wss:// and https:// work too).
help-slides = Write presentation slides: the cycle, then one slide per moment, as a PDF deck (-o deck.pdf), a PowerPoint deck (-o deck.pptx) or a folder of PNGs (-o folder).
help-slides-output = The deck to write: a .pdf or .pptx file, or a folder for the PNGs (created if missing).
help-any-file = The cycle (.ron).
help-any-width = Width in pixels (1920 by default).
help-any-height = Height in pixels (1080 by default).
help-any-help = Print this help.
help-any-version = Print Ciclo's version.
help-usage = Usage:
help-arguments = Arguments:
help-options = Options:
help-commands = Commands:
cli-usage-unknown-argument = { $arg } is not an option of this command
cli-usage-did-you-mean = did you mean { $suggestion }?
cli-usage-unknown-command = there is no command \`{ $name }\`
cli-usage-invalid-value = { $value } is not a value { $arg } takes; it takes: { $valid }
cli-usage-bad-value = { $value } is not a valid value for { $arg }
cli-usage-bad-background = { $value } is not a background for { $arg }: use white, transparent or a colour as #rrggbb (six hexadecimal digits, such as #f0f0f0)
cli-usage-not-a-number = { $value } is not a value for { $arg }: it takes a whole number
cli-usage-missing = this command needs { $args }
cli-usage-conflict = { $arg } cannot be given with { $other }
cli-usage-other = the command line is not understood: { $detail }
cli-usage-more = To see what the command takes: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Target satisfaction
tip-target = The satisfaction the improvement aims at, 1 to 5 (the to-be score).
tip-clear-target = Remove the target.
inspector-due = Due date
tip-due = When the improvement is due, as YYYY-MM-DD.
inspector-authors = Authors
tip-authors = Who made this cycle, for the cover of the deck.
inspector-date = Date
tip-cycle-date = The date on the cover, as YYYY-MM-DD.
inspector-date-hint = YYYY-MM-DD
inspector-not-a-date = Not a real date, so it is not kept: write it as YYYY-MM-DD, for example 2027-03-31.
`;var pc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Entrar
page-change-name = Cambiar mi nombre
page-connection = Conexión
page-offline = Sin conexión por ahora. Sus cambios quedan guardados en este dispositivo y se enviarán cuando vuelva la conexión.
page-token-refused = Este enlace no es válido: su código de acceso es incorrecto o ya cambió. Pida al anfitrión la dirección o el código QR actual.
page-view-only = Puede seguir el taller, pero el anfitrión no permite editar desde el navegador.
page-picture = El ciclo del servicio, dibujado por el anfitrión. La lista de momentos lo repite en texto.
page-picture-loading = Cargando el dibujo…
page-picture-failed = No se pudo cargar el dibujo. Intentando de nuevo…
page-moments = Momentos de verdad
page-no-moments = Este ciclo todavía no tiene momentos.
page-critical = Crítico
page-satisfaction = Satisfacción { $score } de 5
page-satisfaction-none = Sin calificar todavía
page-close = Cerrar
page-add-after = Añadir un momento después de este
page-moment-gone = Alguien eliminó este momento.
page-photo-of = Foto { $number } de «{ $name }»
page-photo-uploading = Enviando la foto…
page-photo-sent = Foto añadida. Aparecerá aquí en un momento.
page-photo-failed = No se pudo enviar la foto: { $reason }
page-photo-unreadable = Este archivo no se puede abrir como imagen. Elija una foto JPEG, PNG o WebP.

language-name = Español

## The drawing: markers, centre, legend

drawing-start = Inicio
drawing-end = Fin
drawing-centre = Satisfacción del cliente
drawing-moment = Momento de verdad
drawing-satisfaction = Satisfacción (1–5)
drawing-curve = Curva de satisfacción

## Channels: names and explanations

channel-InPerson = En persona
channel-InPerson-tip = Cara a cara, en las instalaciones.
channel-Phone = Teléfono
channel-Phone-tip = Una llamada, desde el primer timbre hasta la despedida.
channel-Web = Página web
channel-Web-tip = Las páginas web de la organización.
channel-App = Aplicación móvil
channel-App-tip = La aplicación móvil de la organización.
channel-Email = Correo electrónico
channel-Email-tip = Un mensaje que el cliente envía o recibe por correo.
channel-Chat = Chat
channel-Chat-tip = Una conversación escrita en tiempo real.
channel-SocialMedia = Redes sociales
channel-SocialMedia-tip = Publicaciones, comentarios y mensajes en redes sociales.
channel-Advertising = Publicidad
channel-Advertising-tip = Un anuncio que el cliente ve u oye.
channel-PointOfSale = Punto de venta
channel-PointOfSale-tip = El mostrador, la tienda o el puesto donde el cliente compra.
channel-ProductUse = Uso del producto
channel-ProductUse-tip = El cliente usando lo que compró.
channel-WordOfMouth = Recomendación boca a boca
channel-WordOfMouth-tip = Alguien le habla al cliente del servicio.
channel-Other = Otro
channel-Other-tip = Cualquier otro punto de contacto.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado con amabilidad, como persona y no como un número.
expectation-Speed = Agilidad y rapidez
expectation-Speed-tip = Ser atendido con rapidez, sin esperas innecesarias.
expectation-Information = Información correcta y oportuna
expectation-Information-tip = Recibir información exacta cuando se necesita.
expectation-Guarantees = Garantías y cumplimiento
expectation-Guarantees-tip = Que se cumpla lo prometido y se responda si falla.
expectation-Advice = Asesoría
expectation-Advice-tip = Ser orientado hacia la mejor opción para él.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidad
principle-Reliability-tip = Entregar exactamente lo acordado, con profesionalismo y procedimientos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidad
principle-Credibility-tip = Cumplir los requisitos y demostrarlo con hechos.
principle-Credibility-badge = C
principle-Attractiveness = Atractivo
principle-Attractiveness-tip = Presentación, empaque y precio que atraen al cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidad
principle-Agility-tip = Respuestas e información rápidas y exactas.
principle-Agility-badge = G
principle-Interest = Interés
principle-Interest-tip = Aclarar las dudas y resolver los problemas del cliente.
principle-Interest-badge = I
principle-Teamwork = Trabajo en equipo con el cliente
principle-Teamwork-tip = Dar al cliente las herramientas y novedades para resolver sus problemas por sí mismo.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatía
cause-Apathy-tip = Personal al que no le importa si el cliente queda atendido.
cause-BrushOff = Desaire
cause-BrushOff-tip = Quitarse al cliente de encima en lugar de ayudarle.
cause-Coldness = Frialdad
cause-Coldness-tip = Un trato distante y poco amable.
cause-Superiority = Aire de superioridad
cause-Superiority-tip = Tratar al cliente con aires de superioridad.
cause-Robotism = Robotismo
cause-Robotism-tip = El mismo guion para todos, sin atender a la persona.
cause-Rulebook = Reglamento por delante
cause-Rulebook-tip = Anteponer las normas internas a la necesidad del cliente.
cause-Evasion = Evasivas
cause-Evasion-tip = Evitar respuestas claras o mandar al cliente a otra parte.
cause-BrokenPromise = Promesa no cumplida
cause-BrokenPromise-tip = Algo prometido que no se cumplió.
cause-Misinformation = Desinformación
cause-Misinformation-tip = Información errónea, incompleta o contradictoria.
cause-LongWait = Larga espera
cause-LongWait-tip = Esperar más de lo que el cliente considera razonable.
cause-PoorCommunication = Falta de comunicación
cause-PoorCommunication-tip = No se le dice al cliente qué pasa ni qué viene después.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Califique nuestro servicio”
evaluation-RateOurService-tip = Una invitación breve a que el cliente puntúe el servicio.
evaluation-SuggestionBox = Buzón de sugerencias
evaluation-SuggestionBox-tip = Un buzón o formulario donde los clientes dejan ideas y observaciones.
evaluation-ServiceLine = Línea de atención al cliente
evaluation-ServiceLine-tip = Una línea telefónica dedicada a consultas y quejas.
evaluation-Email = Correo electrónico
evaluation-Email-tip = Una dirección a la que los clientes escriben a la organización.
evaluation-ContactLink = Enlace de contacto
evaluation-ContactLink-tip = Un formulario o enlace de contacto en la web.
evaluation-Pqr = Peticiones, quejas y reclamos (PQR)
evaluation-Pqr-tip = Un canal formal de peticiones, quejas y reclamos.
evaluation-Survey = Encuesta
evaluation-Survey-tip = Un cuestionario sobre la experiencia del cliente.
evaluation-SocialMedia = Redes sociales
evaluation-SocialMedia-tip = Escuchar lo que dicen los clientes en las redes sociales.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = no es un archivo de texto; un documento de Ciclo es texto UTF-8 en formato RON
problem-empty = el archivo está vacío; cree un ciclo con \`ciclo new -o ARCHIVO.ron\`
problem-json = parece JSON; los documentos de Ciclo son RON, empiezan con \`(\` y \`format: 1\` (vea docs/FORMAT.md)
problem-unknown-field = campo desconocido \`{ $found }\`{ $hint }; los campos válidos son { $valid }
problem-unknown-value = valor desconocido \`{ $found }\`{ $hint }; los valores válidos son { $valid }
problem-did-you-mean = {" "}— ¿quiso decir \`{ $name }\`?
problem-missing-format = falta \`format: 1\` al comienzo del documento
problem-missing-field = falta el campo obligatorio \`{ $field }\`
problem-duplicate-field = el campo \`{ $field }\` aparece dos veces; deje uno
problem-wrong-type = se esperaba { $expected }, pero hay { $found }
problem-expected = se esperaba { $expected }
problem-unexpected-end = el archivo termina antes de tiempo; probablemente falta un \`)\`, \`]\` o \`"\` de cierre
problem-trailing-text = hay texto después del \`)\` que cierra el documento; bórrelo
problem-syntax = error de sintaxis RON: { $detail }
problem-newer-format = este archivo es de formato { $found }, creado por una versión más nueva de Ciclo; esta versión lee los formatos 1 a { $known }. Actualice Ciclo para abrirlo
problem-bad-format = \`format: { $found }\` no existe; use \`format: 1\` (Ciclo escribe 2 o { $known } por sí mismo cuando un ciclo los necesita)
problem-duplicate-id = el id { $id } ya lo usa otro momento; cada momento necesita un id propio (o quite \`id\` y se asignará uno)
problem-satisfaction = la satisfacción { $score } está fuera de rango; use un entero de 1 a 5, o quite el campo
problem-target = la meta { $score } está fuera de rango; use un entero de 1 a 5 (la satisfacción que busca la mejora), o quite el campo
problem-date = { $field } { $found } no es una fecha real; escríbala como AAAA-MM-DD, por ejemplo "2027-03-31", o quite el campo
problem-angle-range = el ángulo { $angle } no es válido; use grados desde 0 hasta menos de 360, o quite \`angle\` para repartirlo
problem-angle-order = el ángulo { $angle } no es mayor que el del momento ubicado anterior ({ $previous }); los ángulos deben crecer en el orden del ciclo, o quite \`angle\`
problem-empty-name = el momento no tiene un nombre visible (está vacío o solo tiene espacios y caracteres invisibles); póngale uno
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo \`{ $field }\`
expected-Id = un número entero positivo (1, 2, 3…) que no use otro momento; o quite \`id\` y Ciclo asignará uno
expected-StringEnd = el \`"\` que cierra este texto; falta una comilla
expected-String = un texto entre comillas dobles, como "Bienvenida"
expected-Score = un número entero de 1 a 5 (o quite el campo)
expected-Integer = un número entero dentro del rango
expected-Float = un número
expected-Boolean = \`true\` o \`false\`
expected-List = una lista entre corchetes, como [A, B]
expected-ListEnd = una coma o el \`]\` que cierra la lista
expected-StructStart = un \`(\` de apertura
expected-StructEnd = una coma o un \`)\` de cierre
expected-Colon = dos puntos tras el nombre del campo
expected-Identifier = un nombre sin comillas, como \`InPerson\` o \`Reliability\`

## Reading a file

load-cannot-read = { $path }: no se puede leer: { $error }
load-not-a-file = { $path }: es { $what }, no un archivo; indique la ruta de un ciclo .ron
load-too-large = { $path }: el archivo ocupa { $size } MiB; Ciclo abre documentos de hasta { $max } MiB. ¿Es el archivo correcto?
special-Directory = una carpeta
special-Pipe = una tubería con nombre
special-Device = un dispositivo
special-Socket = un socket
special-Other = algo que no es un archivo normal

## Saving and exporting

save-missing-folder = { $path }: no se puede guardar: la carpeta { $folder } no existe. Créela primero o elija otra carpeta.
save-not-a-folder = { $path }: no se puede guardar: { $folder } es un archivo, no una carpeta. Elija otra carpeta.
save-exists = { $path } ya existe; elija otro nombre o añada --force para reemplazarlo
save-broken-link = { $path } es un enlace a { $target }, que no existe; elija otro nombre o añada --force para escribir { $target }
save-is-the-input = { $path } es el archivo de entrada; escribir ahí lo destruiría. Elija otro nombre para la salida.
save-not-regular = { $path } no es un archivo normal (es un enlace, una carpeta o un dispositivo), así que Ciclo no escribirá ahí. Bórrelo o muévalo a otro sitio y vuelva a intentarlo.
save-unencodable = { $path }: no se puede guardar: el estado del taller no se pudo escribir ({ $error }). No se ha reemplazado nada; los cambios siguen en memoria hasta el próximo guardado.
save-io = { $path }: no se puede guardar: { $error }.{ $previous ->
        [unchanged] {" "}El archivo anterior no ha cambiado.
       *[new] {""}
    } Compruebe que se puede escribir en la carpeta y que queda espacio en el disco, o elija otro lugar.
export-size = Una imagen de { $width }×{ $height } píxeles no es posible: el ancho y el alto deben estar entre { $min } y { $max }. Elija otro tamaño.
export-unknown-format = { $name }: no se sabe en qué formato escribir. Dé al archivo la extensión .png, .svg, .csv o .xlsx.
export-render = No se pudo dibujar la imagen ({ $detail }). Pruebe con un tamaño menor o con el otro formato.
export-sheet = No se pudo crear la hoja de cálculo ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Momentos
sheet-number = N.º
sheet-name = Momento
sheet-channel = Canal
sheet-critical = Crítico
sheet-satisfaction = Satisfacción
sheet-target = Meta
sheet-votes = Votos
sheet-expectations = Expectativas
sheet-principles = Principios
sheet-causes = Causas
sheet-improvement = Mejora
sheet-owner = Responsable
sheet-due = Fecha límite
sheet-yes = Sí
sheet-no = No

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos de verdad
critical-moments = Momentos críticos
average-satisfaction = Satisfacción media
total = Total
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } puntuados)
average-none = ningún momento puntuado ({ $scored } de { $moments } puntuados)
missing-Improvement = sin acción de mejora
missing-Owner = sin responsable
missing-Both = sin acción de mejora ni responsable
expectation-Warmth-short = Calidez
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantías
expectation-Advice-short = Asesoría
analysis-principles = Principios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfacción, por momentos afectados
analysis-no-causes = No hay causas de insatisfacción registradas.
analysis-missing-plans = Momentos críticos sin plan
analysis-all-planned = Todos los momentos críticos tienen acción de mejora y responsable.
analysis-no-critical = Ningún momento es crítico.
summary-no-moments = (sin momentos)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por qué
expectations = Expectativas
principles = Principios
satisfaction = Satisfacción
not-scored = Sin calificar
standard = Estándar
improvement = Mejora
owner = Responsable
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Nuevo ciclo del servicio
cli-no-display = Ciclo no pudo abrir su ventana: ninguna pantalla gráfica respondió. Ábralo desde una sesión de escritorio, o trabaje sin ventana: \`ciclo export ARCHIVO.ron -o ARCHIVO.png\` dibuja un ciclo y \`ciclo check ARCHIVO.ron\` lo revisa (vea \`ciclo --help\`).

## La línea de órdenes: sus errores, avisos y líneas de estado

cli-error = error: { $message }
cli-warning = aviso: { $message }
cli-check-ok = { $file }: correcto, { $moments ->
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] el nombre de { $dropped } de los { $moments } momentos no cabía y se ha omitido
       *[other] los nombres de { $dropped } de los { $moments } momentos no cabían y se han omitido
    } (sus nodos numerados sí se dibujan); exporte una imagen más grande con --width y --height para que se vean todos
cli-slides-written = { $output }: { $count ->
        [one] { $count } diapositiva
       *[other] { $count } diapositivas
    }
cli-no-help-topic = no hay ayuda sobre \`{ $topic }\`; los temas disponibles son: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fuera de rango; use entre { $min } y { $max } píxeles
cli-photo-unusable = { $file }: { $where }: { $problem }; sus diapositivas muestran un recuadro en su lugar
cli-no-template = no existe la plantilla \`{ $name }\`; las plantillas son: { $names }
cli-template-broken = no se puede leer la plantilla { $name }: { $error }
cli-not-workshop-url = { $url } no es la dirección de un taller: empieza por http://, https://, ws:// o wss://, como http://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo se compiló sin su ventana (la característica de cargo \`window\`); compílelo con las características por defecto para diseñar en la ventana, o use una orden como \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala lleva el nombre de su archivo; use un nombre de archivo en UTF-8
cli-serve-same-name = hay dos archivos llamados { $name }; las salas llevan el nombre de su archivo, así que cambie el nombre de uno
cli-serve-empty-token = --token está vacío; omítalo y se generará uno al azar
cli-serve-no-token = no se pudo generar un token al azar ({ $error }); indique uno con --token
cli-serve-cannot-listen = no se puede escuchar en { $address }; quizá otro programa usa el puerto { $port }: elija otro con --port
cli-serve-hosting = { $count ->
    [one] Se aloja una sala. Los participantes entran con:
   *[other] Se alojan { $count } salas. Los participantes entran con:
}
cli-serve-firewall = Si los demás no logran conectarse, abra el puerto TCP { $port } en el cortafuegos de este equipo.
cli-serve-view-only = Los navegadores solo pueden mirar (--view-only).
cli-serve-scan = Teléfonos y portátiles: escaneen el código o abran la dirección en el navegador.
cli-serve-stop-hint = Pulse Ctrl+C para detener; los archivos se guardan a más tardar 2 s después de cada cambio y al detener.
cli-serve-stopped = Detenido; todas las salas están guardadas.
cli-serve-not-saved = Detenido, pero la sala de { $file } no se pudo guardar del todo (el error de arriba explica por qué), así que al archivo pueden faltarle los últimos cambios. Corríjalo y vuelva a iniciar el anfitrión; el archivo de estado de la sala { $state } no se ha borrado.
cli-serve-merged = { $file } se editó mientras no había anfitrión; esos cambios se suman al estado guardado del taller.
cli-serve-state-unreadable = no se pudo leer { $state } ({ $error }); la sala empieza de nuevo desde { $file }, así que quienes estaban en ella deben salir y volver a entrar.
cli-sync-cannot-read = { $file }: no se puede leer
cli-sync-refused = el taller no dejó entrar: { $reason }
cli-sync-no-answer = { $url } no respondió en 20 s; revise la dirección y que el anfitrión esté en marcha
cli-sync-seeded = La sala estaba vacía: { $file } la llenó.
cli-sync-follows = { $file } ahora sigue a la sala.
cli-sync-photo-fetched = Foto traída del anfitrión: { $file }
cli-sync-unrelated = La sala contiene un ciclo distinto de { $file }: ninguno de sus momentos está en ella. Revise el nombre de la sala en la URL; si de verdad quiere que la sala sustituya al archivo, añada --replace (se guarda una copia del archivo).
cli-sync-backup = { $file } va a cambiar mucho: su contenido anterior queda guardado en { $backup }.
cli-sync-keeping = { $file } se mantiene al día con { $url }; Ctrl+C detiene.
cli-sync-lost = Se perdió la conexión; reconectando (sus cambios se conservan)…
cli-sync-connected = Conectado de nuevo.
cli-sync-waiting = { $message }; se espera al próximo guardado
cli-sync-renumbered = El momento nuevo «{ $name }» es el momento { $id } del taller (en el archivo era el { $old }).
io-NotFound = ese archivo no existe; revise el nombre y la carpeta (\`ciclo new -o ARCHIVO.ron\` crea un ciclo)
io-PermissionDenied = no tiene permiso; pida acceso al archivo o cópielo en una carpeta suya

## The window

menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-language = Idioma
menu-help = Ayuda
shortcuts = Atajos de teclado
about = Acerca de Ciclo
about-body = Ciclo dibuja ciclos del servicio: los momentos de verdad que vive un cliente, en forma de reloj, con los críticos marcados. Construya el ciclo con el ratón y el teclado, analice cada momento en el inspector y exporte la imagen para sus diapositivas.
mouse-help = Ratón: arrastre un momento por el anillo para moverlo; doble clic en el anillo para añadir uno allí; arrastre el espacio vacío o use el botón central para desplazar; Ctrl+rueda acerca y aleja.
close = Cerrar
cmd-new = Nuevo
cmd-open = Abrir…
cmd-save = Guardar
cmd-save-as = Guardar como…
cmd-export = Exportar…
cmd-quit = Salir
cmd-undo = Deshacer
cmd-redo = Rehacer
cmd-add = Añadir momento
cmd-insert-after = Insertar tras el seleccionado
cmd-delete = Eliminar momento
cmd-distribute = Repartir uniformemente
cmd-next = Seleccionar siguiente
cmd-previous = Seleccionar anterior
cmd-earlier = Mover antes
cmd-later = Mover después
cmd-zoom-in = Acercar
cmd-zoom-out = Alejar
cmd-zoom-fit = Ajustar a la vista
cmd-select-none = No seleccionar nada
cmd-canvas-only = Solo el lienzo
tip-canvas-only = Oculta la lista de momentos y el inspector para que el ciclo ocupe toda la ventana; otra vez los vuelve a mostrar
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfacción { $score } de 5
show-list = Lista de momentos
show-inspector = Inspector
dropped-labels = Nombres omitidos
tip-dropped-labels = La imagen no tiene sitio para todos los nombres. Agrándela (Exportar), acorte los nombres o divida el ciclo.
new-from-template = Nuevo desde plantilla
recent-files = Archivos recientes
no-recent = No hay archivos recientes
theme = Tema
light = Claro
dark = Oscuro
tip-add = Añade un nuevo momento de verdad al final del ciclo
tip-insert-after = Inserta un momento nuevo justo después del seleccionado (Insert)
tip-delete = Quita el momento seleccionado (Supr); Deshacer lo recupera
tip-distribute = Olvida las posiciones colocadas a mano y reparte los momentos por igual en el anillo
tip-zoom-fit = Muestra la imagen completa (Ctrl+0)
tip-export = Guarda la imagen para diapositivas en PNG o SVG
step-cycle = datos del ciclo
step-rename = renombrar
step-moment = datos del momento
step-critical = marca de crítico
step-satisfaction = satisfacción
step-add = añadir momento
step-delete = eliminar momento
step-reorder = reordenar
step-move = mover en el anillo
step-distribute = repartir uniformemente
add = Añadir
delete = Eliminar
up = Subir
mark-critical = Marcar como crítico
unmark-critical = No es crítico
insert-short = Insertar después
down = Bajar
no-moments = Aún no hay momentos. Añada uno o haga doble clic en el anillo.
canvas = Lienzo del ciclo del servicio
empty-hint = Haga doble clic en el anillo o pulse «Añadir momento» para empezar
drag-hint = Arrástrelo por el anillo para moverlo
name = Nombre
description = Descripción
channel = Canal
expectations-2 = Expectativas del cliente
own-expectations = Otras expectativas
principles-2 = Principios de un buen servicio
evaluation = Evaluación
critical-moment-2 = Momento crítico de la verdad
causes = Elementos que crean insatisfacción
satisfaction-2 = Satisfacción del cliente (1–5)
clear = Borrar
improvement-2 = Estándar y mejora
standard-2 = Estándar de servicio
improvement-action = Acción de mejora
notes = Notas
service-cycle = Ciclo del servicio
nothing-selected = Ningún momento seleccionado: estos son los datos del ciclo completo.
title = Título
organization = Organización
customer = Cliente
promise = Promesa del servicio
services = Paquetes de servicios
primary-services = Servicios primarios
secondary-services = Servicios secundarios
evaluation-mechanisms = Mecanismos de evaluación
document-language = Idioma del documento
add-item = + Añadir
remove-item = Quitar este elemento
new-item = Nuevo elemento
sat-very-low = 1: muy insatisfecho
sat-low = 2: insatisfecho
sat-mid = 3: neutral
sat-high = 4: satisfecho
sat-very-high = 5: muy satisfecho
zoom = Zoom
untitled = Sin título
unsaved = cambios sin guardar
saved = Guardado
exported = Exportado
unsaved-title = ¿Guardar los cambios?
unsaved-body = Este ciclo tiene cambios sin guardar. ¿Guardarlos antes?
dont-save = No guardar
cancel = Cancelar
ok = Aceptar
open-failed = No se pudo abrir el archivo
save-failed = No se pudo guardar el ciclo
save-failed-hint = Sus cambios siguen aquí, sin guardar. Pruebe Guardar como… para elegir otra carpeta.
export-failed = No se pudo exportar la imagen
recover-title = ¿Recuperar el trabajo sin guardar?
recover-body = Ciclo se cerró inesperadamente la última vez. Se conservó una copia de recuperación del ciclo sin guardar.
restore = Recuperar
discard = Descartar
export-title = Exportar imagen
format = Formato
size = Tamaño
square = cuadrado
custom = Personalizado
pixels = Ancho × alto
width = Ancho en píxeles
height = Alto en píxeles
background = Fondo
white = Blanco
transparent = Transparente
export-hint = El lienzo muestra la imagen con este tamaño: lo que ve es lo que obtiene.
tip-satisfaction-curve = Dibuja la satisfacción de cada momento como una curva dentro del anillo, para ver dónde cae la experiencia.
tip-png = Una imagen de píxeles, lista para diapositivas
tip-svg = Un dibujo vectorial con texto editable
tip-csv = Los momentos como valores separados por comas, uno por fila
tip-xlsx = Los momentos como libro de Excel, uno por fila
text-as-paths = Texto como contornos
tip-text-as-paths = Solo SVG: el texto se convierte en formas, así la imagen se ve igual en cualquier computador, aunque no tenga la fuente de Ciclo. Úselo para diapositivas; el texto ya no se podrá editar.
tip-moment = Un momento de verdad es cualquier instante en que el cliente entra en contacto con el servicio (una persona, una llamada, una web, un letrero) y juzga su calidad.
tip-cycle = El ciclo del servicio es la secuencia completa de momentos de verdad que vive un cliente para obtener el servicio, dibujada en sentido horario como un reloj.
tip-name = Un nombre corto del momento, que se dibuja junto a su nodo.
tip-description = Qué ocurre en este momento, visto desde el lado del cliente.
tip-channel = Cómo entra el cliente en contacto con el servicio aquí: en persona, por teléfono, en la web…
tip-expectations = Lo que el cliente espera recibir en este momento.
tip-own-expectations = Expectativas con sus propias palabras, además de las cinco habituales.
tip-critical = Un momento crítico de la verdad es aquel en que no se satisfacen las necesidades del cliente; el dibujo lo marca en rojo con un borde más grueso.
tip-causes = Por qué el cliente sale insatisfecho de este momento.
tip-satisfaction = Cuán satisfechos quedan los clientes con este momento, de 1 (muy insatisfecho) a 5 (muy satisfecho), p. ej. según una encuesta CSAT.
tip-clear-satisfaction = Quita la puntuación: aún no se ha medido.
tip-standard = El nivel de servicio medible acordado para este momento, p. ej. «teléfono atendido antes del tercer timbre».
tip-improvement = Qué se hará para mejorar este momento.
tip-owner = Quién es responsable de la mejora.
tip-notes = Cualquier otra cosa que convenga recordar de este momento.
tip-title = El título que se dibuja en la parte superior de la imagen.
tip-organization = La empresa o el equipo que presta este servicio.
tip-cycle-description = Qué abarca este ciclo y quién lo elaboró.
tip-customer = Quién es el cliente: el cliente externo que paga, o un colega interno que recibe su trabajo.
tip-promise = Lo que la organización promete a sus clientes; debe poder medirse para comprobar que se cumple.
tip-primary = El paquete de servicios primarios: aquello por lo que el cliente viene realmente.
tip-secondary = El paquete de servicios secundarios: lo que acompaña al servicio principal (parqueadero, wifi, café…).
tip-evaluation = Cómo escucha la organización a sus clientes para evaluar el servicio y planear mejoras.
tip-principles = Los principios de un buen servicio al cliente que este momento pone a prueba.
tip-evaluation-section = Cómo le va al cliente en este momento: si le falla, por qué y cuán satisfecho queda.
tip-improvement-section = El nivel de servicio acordado para este momento y lo que se hará para alcanzarlo.
tip-services = Lo que ofrece la organización: el servicio central por el que viene el cliente y lo que lo acompaña.
tip-document-language = El idioma de las etiquetas que añade la imagen (Inicio, Fin, leyenda).
cmd-present = Presentar
tip-present = Muestra el ciclo a pantalla completa, un momento cada vez, para el grupo
cmd-analysis = Análisis
tip-analysis = Recuentos, satisfacción, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan
cmd-new-from-template = Nuevo desde plantilla…
tip-new-from-template = Empezar desde uno de los ciclos de ejemplo
cmd-export-report = Exportar informe…
tip-export-report = Escribe el informe del taller (HTML o Markdown): la imagen, cada momento, el análisis y el plan de mejora
cmd-export-slides = Exportar diapositivas…
tip-export-slides = Escribe una diapositiva del ciclo completo y una por momento, como imágenes PNG de 1920×1080 en una carpeta
present-hint = Flecha derecha o Espacio: siguiente  ·  Flecha izquierda: atrás  ·  Esc: salir
present-exit = Salir de la presentación (Esc)
present-cycle = El ciclo completo
analysis-title = Análisis del ciclo
an-empty = Añada momentos de verdad para ver el análisis.
scored-line = ({ $scored } de { $moments } puntuados)
an-no-score = aún no hay momentos puntuados
an-missing-plans = Momentos críticos sin un plan completo
an-click-to-select = Haga clic para seleccionar este momento en el diseñador
an-causes = Causas de insatisfacción, por momentos afectados
an-no-causes = Aún no se ha registrado ninguna causa de insatisfacción.
an-principles = Momentos × principios de un buen servicio
an-expectations = Momentos × expectativas del cliente
gallery-hint = Cada plantilla es un ciclo realista para adaptar. Se abre como un ciclo nuevo, aún sin guardar.
report-written = Informe escrito:
report-failed = No se pudo escribir el informe
slides-written = Diapositivas escritas:
slides-failed = No se pudieron escribir las diapositivas
critical-count = { $count ->
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo del servicio
dialogs-save-service-cycle = Guardar ciclo del servicio
dialogs-export-report = Exportar informe
dialogs-slides-folder = Elija una carpeta para las diapositivas


default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir archivo reciente
cmd-rename = Renombrar momento
tip-rename = Lleva el cursor al nombre del momento seleccionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Busque cualquier comando escribiendo parte de su nombre (Ctrl+Mayús+P)
palette-hint = Escriba para buscar un comando
palette-nothing = Ningún comando se llama así
cmd-dismiss = Cerrar o deseleccionar
tip-dismiss = Cierra la ventana o el diálogo de encima; si no hay ninguno, quita la selección (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Datos del ciclo
report-picture = El ciclo
report-own-words = en palabras del cliente
report-critical = Crítico
report-yes = sí
report-no = no
report-causes = Causas de insatisfacción
report-not-scored = sin puntuar
report-plan = Plan de mejora
report-plan-order = Primero los momentos críticos (marcados con !), luego los demás, cada grupo en orden.
report-no-plan = Ningún momento tiene todavía una acción de mejora.
report-action = Acción
report-count = Momentos
report-cause = Causa
report-unknown-format = no se sabe qué formato de informe es { $path }; nombre el archivo .md o .html
report-picture-failed = no se pudo dibujar la imagen del informe: { $error }

## Talleres en vivo
menu-workshop = Taller
cmd-host-workshop = Organizar un taller
tip-host-workshop = Permite que las personas de esta red editen este ciclo con usted, en vivo, desde su propio Ciclo
cmd-join-workshop = Unirse a un taller…
tip-join-workshop = Edite un ciclo que otra persona organiza, junto con los demás participantes
cmd-leave-workshop = Salir del taller
tip-leave-workshop = Deja de editar en grupo; el ciclo sigue abierto aquí como documento sin guardar
ws-live = En vivo
ws-people = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = rechazado
ws-host-failed = No se pudo organizar el taller
ws-join-failed = No se pudo entrar en el taller
ws-name-title = Su nombre
ws-name-hint = Los demás lo verán junto a lo que seleccione; su color se deriva de él.
ws-join-title = Unirse a un taller
ws-join-hint = Pegue la dirección que muestra quien organiza (empieza por http:// o ws://):
ws-join = Unirse
ws-panel-title = Únase a este taller
ws-panel-hint = Teléfonos y portátiles: escaneen el código o escriban la dirección en el navegador. Ventanas de Ciclo: Taller > Unirse a un taller… y péguenla.
ws-copy = Copiar la dirección
ws-token = Clave
ws-firewall = Si nadie logra conectarse, permita Ciclo (puerto TCP { $port }) en el cortafuegos de este equipo.
ws-browsers-edit-tip = Desmárquelo para que teléfonos y navegadores solo puedan mirar el ciclo; las ventanas de Ciclo siguen pudiendo editar.
ws-browsers-edit = Quienes entran desde un navegador pueden editar
ws-qr-label = Código QR de la dirección del taller: apunte la cámara del teléfono para entrar
ws-participants = Participantes
ws-you = usted
ws-show-panel = Mostrar la dirección para unirse
ws-on-moment = { $name } tiene seleccionado este momento
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Añadir foto…
photo-add-tip = Añade fotos de este momento (JPEG, PNG o WebP); también puede soltarlas sobre el momento o aquí
photo-caption = Pie de foto
photo-earlier = Subir esta foto
photo-later = Bajar esta foto
photo-remove-tip = Quitar esta foto del momento (el archivo se conserva)
photo-remove = Quitar
photo-loading = cargando…
photo-filter = Imágenes
photo-word = Foto
cmd-export-pdf = Exportar presentación PDF…
cmd-export-pdf-tip = Escribe todas las diapositivas en un PDF, con texto real y las fotos, listo para enviar por correo
cmd-export-pptx = Exportar presentación PowerPoint…
cmd-export-pptx-tip = Escribe todas las diapositivas en un archivo de PowerPoint (.pptx), con títulos y notas del orador
deck-written = Presentación escrita:
deck-dialog-title = Exportar presentación
photo-not-found = no se encuentra la foto
photo-unreadable = no se puede leer la foto
photo-not-a-file = no es un archivo
photo-too-large = { $mp } megapíxeles, más del límite de { $max }; guarde una copia más pequeña
photo-broken = no es una imagen JPEG, PNG o WebP
photo-not-loaded = foto no cargada
exporting = Escribiendo { $path }… { $seconds } s
exporting-then-closing = Escribiendo { $path }… { $seconds } s. Ciclo se cerrará en cuanto termine.
export-stopped = La exportación se detuvo antes de terminar; inténtelo de nuevo.

## La ayuda de la línea de órdenes (\`ciclo --help\`, \`ciclo COMMAND --help\`) y los errores de uso.
## help-COMMAND es el resumen de una orden; help-COMMAND-ARG, el texto de un argumento u opción;
## help-any-ARG sirve para todas las órdenes que tienen ARG.
help-ciclo = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.
help-ciclo-long = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.

    Sin ninguna orden (o con un archivo .ron), abre la ventana del diseñador.

    Ciclo usa el idioma del sistema si lo conoce (inglés, español, ruso o portugués); con CICLO_LANG=es (o en, ru, pt) se elige otro.
help-ciclo-file = Un ciclo para abrir en la ventana.
help-export = Dibuja un ciclo como imagen PNG o SVG, o escribe sus momentos en una hoja de cálculo CSV o XLSX.
help-export-output = El archivo de salida: .png o .svg (la imagen), .csv o .xlsx (una fila por momento).
help-export-background = white (por defecto), transparent o un color en formato #rrggbb.
help-any-satisfaction_curve = Dibuja la curva de satisfacción dentro del anillo.
help-export-text_as_paths = Solo SVG: convierte el texto en contornos para que el archivo se vea exactamente igual que el PNG en cualquier computador (útil para diapositivas); después, el texto ya no se puede editar.
help-check = Revisa ciclos: una línea por archivo; termina con código 1 si alguno no es válido.
help-check-files = Los ciclos (.ron).
help-check-summary = Muestra además el análisis de cada ciclo válido: proporción de momentos críticos, satisfacción media, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan.
help-report = Escribe el informe del taller: datos del ciclo, imagen, cada momento, análisis y plan de mejora, en Markdown (con el PNG al lado) o en un único HTML autónomo.
help-report-output = El informe de salida: .md o .html.
help-new = Crea un ciclo nuevo, vacío o a partir de una plantilla.
help-new-output = El archivo que se va a crear.
help-new-template = Una plantilla (vea \`ciclo templates\`).
help-new-lang = Idioma del ciclo nuevo: en, es, ru o pt (por defecto, el que usa Ciclo: el de CICLO_LANG o el del sistema).
help-new-force = Reemplaza el archivo si ya existe.
help-templates = Lista las plantillas.
help-help = Explica una orden (\`ciclo help export\`) o el formato de los archivos de ciclo (\`ciclo help format\`).
help-help-topic = Una orden, o \`format\`.
help-serve = Organiza un taller en vivo: una sala por ciclo, a la que los participantes se unen desde su propio Ciclo (o desde cualquier cliente Yjs) en la misma red; cada archivo se guarda a medida que cambia.
help-serve-files = Los ciclos (.ron); cada sala lleva el nombre de su archivo.
help-serve-port = El puerto TCP en el que se escucha (7420 por defecto).
help-serve-bind = La dirección en la que se escucha (por defecto, todas las de este equipo: 0.0.0.0).
help-serve-token = El token que deben presentar los participantes (por defecto, 10 letras y cifras al azar, fáciles de leer en el proyector).
help-serve-view_only = Los navegadores solo pueden mirar: quien entra desde la página de participantes ve el ciclo en vivo, pero no puede cambiarlo. Las ventanas de Ciclo sí pueden editar.
help-sync = Mantiene un archivo de ciclo sincronizado con una sala de taller, en ambos sentidos y sin ventana: los cambios de la sala se escriben en el archivo, y lo que se guarda en el archivo llega a la sala.
help-sync-url = La dirección de la sala, tal como la muestra el anfitrión: http://HOST:PORT/ROOM?token=… (también sirven ws://, wss:// y https://).
help-sync-file = El ciclo (.ron); si la sala está vacía, la llena.
help-sync-ca = Para wss://: confía además en las autoridades de certificación de este archivo PEM (para un servidor con certificado de una CA privada). Si SSL_CERT_FILE está definida, también se confía en ella.
help-sync-replace = Acepta la sala aunque contenga un ciclo distinto del archivo (el archivo se guarda como ARCHIVO.bak).
help-join = Abre la ventana conectada a un taller en vivo (como Taller ▸ Unirse a un taller…).
help-join-url = La dirección de la sala, tal como la muestra quien organiza el taller: http://HOST:PORT/ROOM?token=… (también sirven ws://, wss:// y https://).
help-slides = Escribe las diapositivas de una presentación: el ciclo y luego una diapositiva por momento, como presentación PDF (-o deck.pdf), presentación de PowerPoint (-o deck.pptx) o carpeta de imágenes PNG (-o folder).
help-slides-output = La presentación de salida: un archivo .pdf o .pptx, o una carpeta para los PNG (se crea si no existe).
help-any-file = El ciclo (.ron).
help-any-width = Ancho en píxeles (1920 por defecto).
help-any-height = Alto en píxeles (1080 por defecto).
help-any-help = Muestra esta ayuda.
help-any-version = Muestra la versión de Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opciones:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } no es una opción de esta orden
cli-usage-did-you-mean = ¿quiso decir { $suggestion }?
cli-usage-unknown-command = no existe la orden \`{ $name }\`
cli-usage-invalid-value = { $arg } no admite el valor { $value }; admite: { $valid }
cli-usage-bad-value = { $value } no es un valor válido para { $arg }
cli-usage-bad-background = { $value } no sirve como fondo para { $arg }: use white, transparent o un color en formato #rrggbb (seis dígitos hexadecimales, como #f0f0f0)
cli-usage-not-a-number = { $value } no es un valor para { $arg }: se necesita un número entero
cli-usage-missing = esta orden necesita { $args }
cli-usage-conflict = { $arg } no se puede usar junto con { $other }
cli-usage-other = no se entiende la línea de órdenes: { $detail }
cli-usage-more = Para ver qué admite la orden: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Satisfacción meta
tip-target = La satisfacción que busca la mejora, de 1 a 5 (la puntuación deseada).
tip-clear-target = Quitar la meta.
inspector-due = Fecha límite
tip-due = Cuándo debe estar hecha la mejora, como AAAA-MM-DD.
inspector-authors = Autores
tip-authors = Quiénes hicieron este ciclo, para la portada de la presentación.
inspector-date = Fecha
tip-cycle-date = La fecha de la portada, como AAAA-MM-DD.
inspector-date-hint = AAAA-MM-DD
inspector-not-a-date = No es una fecha real, así que no se guarda: escríbala como AAAA-MM-DD, por ejemplo 2027-03-31.
`;var uc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Войти
page-change-name = Изменить имя
page-connection = Связь
page-offline = Сейчас нет связи. Ваши изменения сохранены на этом устройстве и будут отправлены, когда связь восстановится.
page-token-refused = Эта ссылка недействительна: код доступа неверный или устарел. Попросите у ведущего актуальный адрес или QR-код.
page-view-only = Вы можете следить за семинаром, но ведущий не разрешил редактировать из браузера.
page-picture = Цикл обслуживания, нарисованный ведущим. Список моментов ниже повторяет его текстом.
page-picture-loading = Рисунок загружается…
page-picture-failed = Не удалось загрузить рисунок. Пробуем ещё раз…
page-moments = Моменты истины
page-no-moments = В этом цикле пока нет моментов.
page-critical = Критический
page-satisfaction = Удовлетворённость: { $score } из 5
page-satisfaction-none = Оценки пока нет
page-close = Закрыть
page-add-after = Добавить момент после этого
page-moment-gone = Кто-то удалил этот момент.
page-photo-of = Фото { $number } к «{ $name }»
page-photo-uploading = Фото отправляется…
page-photo-sent = Фото добавлено. Через мгновение оно появится здесь.
page-photo-failed = Не удалось отправить фото: { $reason }
page-photo-unreadable = Этот файл не открывается как изображение. Выберите фото в формате JPEG, PNG или WebP.

language-name = Русский

## The drawing: markers, centre, legend

drawing-start = Начало
drawing-end = Конец
drawing-centre = Удовлетворённость клиента
drawing-moment = Момент истины
drawing-satisfaction = Удовлетворённость (1–5)
drawing-curve = Кривая удовлетворённости

## Channels: names and explanations

channel-InPerson = Лично
channel-InPerson-tip = Лицом к лицу, в помещении компании.
channel-Phone = Телефон
channel-Phone-tip = Телефонный звонок — от первого гудка до прощания.
channel-Web = Веб-сайт
channel-Web-tip = Веб-страницы организации.
channel-App = Мобильное приложение
channel-App-tip = Мобильное приложение организации.
channel-Email = Электронная почта
channel-Email-tip = Письмо, которое клиент отправляет или получает по электронной почте.
channel-Chat = Чат
channel-Chat-tip = Переписка в реальном времени.
channel-SocialMedia = Социальные сети
channel-SocialMedia-tip = Публикации, комментарии и сообщения в социальных сетях.
channel-Advertising = Реклама
channel-Advertising-tip = Реклама, которую клиент видит или слышит.
channel-PointOfSale = Точка продаж
channel-PointOfSale-tip = Прилавок, магазин или стойка, где клиент делает покупку.
channel-ProductUse = Использование продукта
channel-ProductUse-tip = Клиент пользуется тем, что купил.
channel-WordOfMouth = Рекомендация знакомых
channel-WordOfMouth-tip = Кто-то рассказывает клиенту о сервисе.
channel-Other = Другое
channel-Other-tip = Любая другая точка контакта.

## Expectations: names and explanations

expectation-Warmth = Человеческое тепло
expectation-Warmth-tip = Чтобы к нему отнеслись по-доброму — как к человеку, а не как к номеру в очереди.
expectation-Speed = Скорость и оперативность
expectation-Speed-tip = Чтобы обслужили быстро, без лишнего ожидания.
expectation-Information = Точная и своевременная информация
expectation-Information-tip = Получить точные сведения именно тогда, когда они нужны.
expectation-Guarantees = Гарантии и выполнение обещаний
expectation-Guarantees-tip = Чтобы обещанное было выполнено, а если что-то пошло не так — исправлено.
expectation-Advice = Консультация
expectation-Advice-tip = Чтобы помогли выбрать лучший для него вариант.

## Principles: names, badge letters and explanations

principle-Reliability = Надёжность
principle-Reliability-tip = Делать ровно то, о чём договорились, — профессионально и по понятным правилам.
principle-Reliability-badge = Н
principle-Credibility = Достоверность
principle-Credibility-tip = Выполнять требования и подтверждать это фактами.
principle-Credibility-badge = Д
principle-Attractiveness = Привлекательность
principle-Attractiveness-tip = Оформление, упаковка и цена, которые привлекают клиента.
principle-Attractiveness-badge = П
principle-Agility = Оперативность
principle-Agility-tip = Быстрые и точные ответы и сведения.
principle-Agility-badge = О
principle-Interest = Заинтересованность
principle-Interest-tip = Снимать сомнения клиента и решать его проблемы.
principle-Interest-badge = З
principle-Teamwork = Совместная работа с клиентом
principle-Teamwork-tip = Давать клиентам инструменты и свежие сведения, чтобы они могли сами решать свои проблемы.
principle-Teamwork-badge = К

## Causes: names and explanations

cause-Apathy = Апатия
cause-Apathy-tip = Сотрудникам всё равно, получил ли клиент помощь.
cause-BrushOff = Пренебрежение
cause-BrushOff-tip = Желание отделаться от клиента вместо того, чтобы помочь.
cause-Coldness = Холодность
cause-Coldness-tip = Отстранённое, недружелюбное обращение.
cause-Superiority = Высокомерие
cause-Superiority-tip = Разговор с клиентом свысока.
cause-Robotism = Роботизм
cause-Robotism-tip = Один и тот же заученный текст для всех, без внимания к человеку.
cause-Rulebook = Правила важнее клиента
cause-Rulebook-tip = Внутренние правила ставятся выше потребностей клиента.
cause-Evasion = Уклончивые ответы
cause-Evasion-tip = Уход от прямых ответов или отсылка клиента к кому-то другому.
cause-BrokenPromise = Невыполненное обещание
cause-BrokenPromise-tip = Что-то обещали, но не сделали.
cause-Misinformation = Неверная информация
cause-Misinformation-tip = Сведения неверные, неполные или противоречивые.
cause-LongWait = Долгое ожидание
cause-LongWait-tip = Ждать приходится дольше, чем клиент считает разумным.
cause-PoorCommunication = Недостаток общения
cause-PoorCommunication-tip = Клиенту не говорят, что происходит и что будет дальше.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = «Оцените наше обслуживание»
evaluation-RateOurService-tip = Короткая просьба к клиенту оценить обслуживание.
evaluation-SuggestionBox = Ящик для предложений
evaluation-SuggestionBox-tip = Ящик или форма, куда клиенты пишут идеи и замечания.
evaluation-ServiceLine = Линия обслуживания клиентов
evaluation-ServiceLine-tip = Отдельная телефонная линия для вопросов и жалоб клиентов.
evaluation-Email = Электронная почта
evaluation-Email-tip = Адрес, по которому клиенты пишут в организацию.
evaluation-ContactLink = Ссылка для связи
evaluation-ContactLink-tip = Форма или ссылка для связи на сайте.
evaluation-Pqr = Запросы, жалобы и претензии
evaluation-Pqr-tip = Официальный канал для запросов, жалоб и претензий.
evaluation-Survey = Опрос
evaluation-Survey-tip = Анкета о впечатлениях клиента.
evaluation-SocialMedia = Социальные сети
evaluation-SocialMedia-tip = Внимание к тому, что клиенты пишут в социальных сетях.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = это не текстовый файл; документ Ciclo — это текст в кодировке UTF-8 в формате RON
problem-empty = файл пуст; создайте цикл командой \`ciclo new -o ФАЙЛ.ron\`
problem-json = похоже, это JSON; документы Ciclo пишутся в формате RON и начинаются с \`(\` и \`format: 1\` (см. docs/FORMAT.md)
problem-unknown-field = неизвестное поле \`{ $found }\`{ $hint }; допустимые поля: { $valid }
problem-unknown-value = неизвестное значение \`{ $found }\`{ $hint }; допустимые значения: { $valid }
problem-did-you-mean = {" "}— может быть, \`{ $name }\`?
problem-missing-format = в начале документа не хватает \`format: 1\`
problem-missing-field = не хватает обязательного поля \`{ $field }\`
problem-duplicate-field = поле \`{ $field }\` указано дважды; оставьте одно
problem-wrong-type = ожидалось { $expected }, а указано { $found }
problem-expected = ожидается { $expected }
problem-unexpected-end = файл обрывается раньше времени; вероятно, не хватает закрывающего символа \`)\`, \`]\` или \`"\`
problem-trailing-text = после скобки \`)\`, которая закрывает документ, есть ещё текст; удалите его
problem-syntax = синтаксическая ошибка RON: { $detail }
problem-newer-format = у этого файла формат { $found }: его создала более новая версия Ciclo, а эта версия читает форматы с 1 по { $known }. Обновите Ciclo, чтобы открыть файл
problem-bad-format = формата \`format: { $found }\` не существует; укажите \`format: 1\` (2 или { $known } Ciclo пишет сам, когда циклу это нужно)
problem-duplicate-id = id { $id } уже занят другим моментом; у каждого момента должен быть свой id (или удалите \`id\`, и он будет назначен автоматически)
problem-satisfaction = оценка удовлетворённости { $score } вне допустимых пределов; укажите целое число от 1 до 5 или удалите поле
problem-target = цель { $score } вне допустимых пределов; укажите целое число от 1 до 5 (удовлетворённость, к которой ведёт улучшение) или удалите поле
problem-date = { $field } { $found } — несуществующая дата; запишите её как ГГГГ-ММ-ДД, например "2027-03-31", или удалите поле
problem-angle-range = угол { $angle } недопустим; укажите число градусов от 0 до 360 (не включая 360) или удалите \`angle\`, и момент займёт место на круге автоматически
problem-angle-order = угол { $angle } не больше угла предыдущего размещённого момента ({ $previous }); углы должны возрастать по ходу цикла — или удалите \`angle\`
problem-empty-name = у момента нет видимого названия (оно пустое или состоит только из пробелов и невидимых символов); укажите его
where-moment = момент { $number }
where-moment-named = момент { $number } «{ $name }»
where-field = поле \`{ $field }\`
expected-Id = целое положительное число (1, 2, 3…), не занятое другим моментом; или удалите \`id\`, и Ciclo назначит его сам
expected-StringEnd = закрывающая кавычка \`"\` в конце текста; одной кавычки не хватает
expected-String = текст в двойных кавычках, например "Добро пожаловать"
expected-Score = целое число от 1 до 5 (или удалите поле)
expected-Integer = целое число в допустимых пределах
expected-Float = число
expected-Boolean = \`true\` или \`false\`
expected-List = список в квадратных скобках, например [A, B]
expected-ListEnd = запятая или скобка \`]\`, закрывающая список
expected-StructStart = открывающая скобка \`(\`
expected-StructEnd = запятая или закрывающая скобка \`)\`
expected-Colon = двоеточие после имени поля
expected-Identifier = имя без кавычек, например \`InPerson\` или \`Reliability\`

## Reading a file

load-cannot-read = { $path }: не удаётся прочитать: { $error }
load-not-a-file = { $path }: это { $what }, а не файл; укажите путь к циклу .ron
load-too-large = { $path }: размер файла { $size } МиБ; Ciclo открывает документы размером до { $max } МиБ. Это точно нужный файл?
special-Directory = папка
special-Pipe = именованный канал
special-Device = устройство
special-Socket = сокет
special-Other = не обычный файл

## Saving and exporting

save-missing-folder = { $path }: не удаётся сохранить: папки { $folder } не существует. Сначала создайте её или выберите другую папку.
save-not-a-folder = { $path }: не удаётся сохранить: { $folder } — это файл, а не папка. Выберите другую папку.
save-exists = { $path } уже существует; выберите другое имя или добавьте --force, чтобы заменить его
save-broken-link = { $path } — ссылка на { $target }, которого не существует; выберите другое имя или добавьте --force, чтобы записать { $target }
save-is-the-input = { $path } — это входной файл; запись туда уничтожила бы его. Выберите другое имя для результата.
save-not-regular = { $path } — не обычный файл (это ссылка, папка или устройство), поэтому Ciclo туда писать не будет. Удалите или переместите его и попробуйте снова.
save-unencodable = { $path }: не удаётся сохранить: состояние мастерской не удалось записать ({ $error }). Ничего не заменено; изменения остаются в памяти до следующего сохранения.
save-io = { $path }: не удаётся сохранить: { $error }.{ $previous ->
        [unchanged] {" "}Прежний файл остался без изменений.
       *[new] {""}
    } Проверьте, что в папку можно писать и на диске есть место, или выберите другое место.
export-size = Рисунок размером { $width }×{ $height } пикселей сделать нельзя: ширина и высота должны быть от { $min } до { $max }. Выберите другой размер.
export-unknown-format = { $name }: непонятно, в каком формате записывать. Дайте файлу расширение .png, .svg, .csv или .xlsx.
export-render = Не удалось нарисовать рисунок ({ $detail }). Попробуйте размер поменьше или другой формат.
export-sheet = Не удалось создать таблицу ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Моменты
sheet-number = №
sheet-name = Момент
sheet-channel = Канал
sheet-critical = Критический
sheet-satisfaction = Удовлетворённость
sheet-target = Цель
sheet-votes = Голоса
sheet-expectations = Ожидания
sheet-principles = Принципы
sheet-causes = Причины
sheet-improvement = Улучшение
sheet-owner = Ответственный
sheet-due = Срок
sheet-yes = Да
sheet-no = Нет

## The analysis (check --summary, the report, the window's Analysis)

moment = Момент
moments-of-truth = Моменты истины
critical-moments = Критические моменты
average-satisfaction = Средняя удовлетворённость
total = Итого
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } момент
        [few] { $count } момента
       *[many] { $count } моментов
    }
critical-line = { $critical } из { $moments } ({ $percent }%)
average-line = { $average } из 5 ({ $scored } из { $moments } с оценкой)
average-none = ни один момент не оценён ({ $scored } из { $moments } с оценкой)
missing-Improvement = нет меры по улучшению
missing-Owner = нет ответственного
missing-Both = нет ни меры по улучшению, ни ответственного
expectation-Warmth-short = Тепло
expectation-Speed-short = Скорость
expectation-Information-short = Информация
expectation-Guarantees-short = Гарантии
expectation-Advice-short = Совет
analysis-principles = Принципы по моментам
analysis-expectations = Ожидания по моментам
analysis-causes = Причины неудовлетворённости по числу затронутых моментов
analysis-no-causes = Причины неудовлетворённости не указаны.
analysis-missing-plans = Критические моменты без плана
analysis-all-planned = У каждого критического момента есть мера по улучшению и ответственный.
analysis-no-critical = Ни один момент не отмечен как критический.
summary-no-moments = (нет моментов)
summary-critical-moment = критический момент

## A moment's card, the slides, the command line

critical-moment = Критический момент
card-kicker = Момент { $number } из { $count } · { $channel }
why = Почему
expectations = Ожидания
principles = Принципы
satisfaction = Удовлетворённость
not-scored = Нет оценки
standard = Стандарт
improvement = Улучшение
owner = Ответственный
slides-cycle = цикл
slides-moment = момент
cli-new-cycle-title = Новый цикл обслуживания
cli-no-display = Ciclo не удалось открыть окно: графический дисплей не ответил. Запустите программу из графического сеанса или работайте без окна: \`ciclo export ФАЙЛ.ron -o ФАЙЛ.png\` рисует цикл, \`ciclo check ФАЙЛ.ron\` проверяет его (см. \`ciclo --help\`).

## Командная строка: ошибки, предупреждения и строки состояния

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-check-ok = { $file }: в порядке, { $moments ->
        [one] { $moments } момент
        [few] { $moments } момента
       *[many] { $moments } моментов
    }, критических: { $critical }
cli-names-dropped = у { $dropped } из { $moments ->
        [one] { $moments } момента
       *[other] { $moments } моментов
    } названия не поместились и пропущены (пронумерованные узлы нарисованы); экспортируйте картинку побольше с --width и --height, чтобы показать все названия
cli-slides-written = { $output }: { $count ->
        [one] { $count } слайд
        [few] { $count } слайда
       *[many] { $count } слайдов
    }
cli-no-help-topic = справки по теме \`{ $topic }\` нет; есть темы: { $topics }
cli-side-out-of-range = --{ $option } { $value } вне допустимого диапазона; укажите от { $min } до { $max } пикселей
cli-photo-unusable = { $file }: { $where }: { $problem }; на его слайдах будет заглушка
cli-no-template = шаблона \`{ $name }\` нет; есть шаблоны: { $names }
cli-template-broken = не удаётся прочитать шаблон { $name }: { $error }
cli-not-workshop-url = { $url } — не адрес совместной работы: он начинается с http://, https://, ws:// или wss://, например http://192.168.1.20:7420/cena?token=…
cli-no-window-build = этот ciclo собран без окна (функция cargo \`window\`); соберите его с функциями по умолчанию, чтобы работать в окне, или используйте команду вроде \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: комната называется по имени файла; дайте файлу имя в UTF-8
cli-serve-same-name = два файла называются { $name }; комнаты называются по именам файлов, поэтому переименуйте один из них
cli-serve-empty-token = --token пуст; уберите его, и будет выбран случайный
cli-serve-no-token = не удалось получить случайный токен ({ $error }); задайте его через --token
cli-serve-cannot-listen = не удаётся слушать { $address }; возможно, порт { $port } занят другой программой: выберите другой через --port
cli-serve-hosting = { $count ->
    [one] Открыта { $count } комната. Участники подключаются по адресу:
    [few] Открыто { $count } комнаты. Участники подключаются по адресам:
   *[other] Открыто { $count } комнат. Участники подключаются по адресам:
}
cli-serve-firewall = Если другие не могут подключиться, откройте TCP-порт { $port } в брандмауэре этого компьютера.
cli-serve-view-only = Браузеры могут только смотреть (--view-only).
cli-serve-scan = Телефоны и ноутбуки: отсканируйте код или откройте адрес в браузере.
cli-serve-stop-hint = Нажмите Ctrl+C, чтобы остановить; файлы записываются не позже чем через 2 с после каждого изменения и при остановке.
cli-serve-stopped = Остановлено; все комнаты сохранены.
cli-serve-not-saved = Остановлено, но комнату { $file } не удалось сохранить полностью (причина — в ошибке выше), поэтому последних изменений в файле может не быть. Исправьте это и снова запустите хост; файл состояния комнаты { $state } не удалён.
cli-serve-merged = { $file } изменили, пока хост не работал; эти правки добавлены к сохранённому состоянию мастерской.
cli-serve-state-unreadable = не удалось прочитать { $state } ({ $error }); комната начинается заново из { $file }, поэтому тем, кто в ней был, нужно выйти и подключиться снова.
cli-sync-cannot-read = { $file }: не удаётся прочитать
cli-sync-refused = мастерская не пустила: { $reason }
cli-sync-no-answer = { $url } не ответил за 20 с; проверьте адрес и что хост запущен
cli-sync-seeded = Комната была пуста: её заполнил { $file }.
cli-sync-follows = { $file } теперь следует за комнатой.
cli-sync-photo-fetched = Фото получено с хоста: { $file }
cli-sync-unrelated = В комнате другой цикл, не { $file }: ни одного его момента там нет. Проверьте имя комнаты в адресе; если всё же нужно заменить файл содержимым комнаты, добавьте --replace (копия файла будет сохранена).
cli-sync-backup = { $file } сейчас сильно изменится: прежнее содержимое сохранено в { $backup }.
cli-sync-keeping = { $file } синхронизируется с { $url }; Ctrl+C останавливает.
cli-sync-lost = Соединение потеряно; переподключаемся (ваши правки сохранены)…
cli-sync-connected = Снова на связи.
cli-sync-waiting = { $message }; ждём следующего сохранения
cli-sync-renumbered = Новый момент «{ $name }» стал моментом { $id } в мастерской (в файле он был { $old }).
io-NotFound = такого файла нет; проверьте имя и папку (\`ciclo new -o ФАЙЛ.ron\` создаёт цикл)
io-PermissionDenied = нет доступа; попросите права на файл или скопируйте его в свою папку

## The window

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-language = Язык
menu-help = Справка
shortcuts = Сочетания клавиш
about = О программе Ciclo
about-body = Ciclo рисует циклы обслуживания: моменты истины, через которые проходит клиент, в виде циферблата, с выделенными критическими моментами. Постройте цикл мышью и клавиатурой, разберите каждый момент в панели свойств справа и экспортируйте рисунок для своих слайдов.
mouse-help = Мышь: перетащите момент по кольцу, чтобы переместить его; двойной щелчок по кольцу добавляет момент в этом месте; перетаскивание пустого места или средняя кнопка сдвигают вид; Ctrl+колёсико меняет масштаб.
close = Закрыть
cmd-new = Создать
cmd-open = Открыть…
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-export = Экспорт…
cmd-quit = Выход
cmd-undo = Отменить
cmd-redo = Повторить
cmd-add = Добавить момент
cmd-insert-after = Вставить после выбранного
cmd-delete = Удалить момент
cmd-distribute = Расставить равномерно
cmd-next = Выбрать следующий
cmd-previous = Выбрать предыдущий
cmd-earlier = Сдвинуть раньше
cmd-later = Сдвинуть позже
cmd-zoom-in = Увеличить
cmd-zoom-out = Уменьшить
cmd-zoom-fit = Показать целиком
cmd-select-none = Снять выделение
cmd-canvas-only = Только холст
tip-canvas-only = Скрыть список моментов и панель свойств, чтобы цикл занял всё окно; повторное нажатие вернёт их
a11y-moment = Момент { $number } из { $count }
a11y-critical = критический
a11y-satisfaction = удовлетворённость { $score } из 5
show-list = Список моментов
show-inspector = Панель свойств
dropped-labels = Не показано названий
tip-dropped-labels = На рисунке не хватает места для всех названий. Увеличьте его (Экспорт), сократите названия или разделите цикл.
new-from-template = Создать из шаблона
recent-files = Недавние файлы
no-recent = Недавних файлов нет
theme = Тема
light = Светлая
dark = Тёмная
tip-add = Добавить новый момент истины в конец цикла
tip-insert-after = Вставить новый момент сразу после выбранного (Insert)
tip-delete = Удалить выбранный момент (Delete); «Отменить» вернёт его
tip-distribute = Забыть положения, заданные вручную, и расставить моменты по кольцу через равные промежутки
tip-zoom-fit = Показать весь рисунок (Ctrl+0)
tip-export = Сохранить рисунок для слайдов в формате PNG или SVG
step-cycle = данные цикла
step-rename = переименование
step-moment = данные момента
step-critical = отметка критического момента
step-satisfaction = оценка удовлетворённости
step-add = добавление момента
step-delete = удаление момента
step-reorder = изменение порядка
step-move = перемещение по кольцу
step-distribute = равномерная расстановка
add = Добавить
delete = Удалить
up = Выше
mark-critical = Отметить как критический
unmark-critical = Не критический
insert-short = Вставить после
down = Ниже
no-moments = Моментов пока нет. Добавьте первый или дважды щёлкните по кольцу.
canvas = Холст цикла обслуживания
empty-hint = Чтобы начать, дважды щёлкните по кольцу или нажмите «Добавить момент»
drag-hint = Перетащите вдоль кольца, чтобы переместить
name = Название
description = Описание
channel = Канал
expectations-2 = Ожидания клиента
own-expectations = Другие ожидания
principles-2 = Принципы хорошего обслуживания
evaluation = Оценка
critical-moment-2 = Критический момент истины
causes = Что вызывает неудовлетворённость
satisfaction-2 = Удовлетворённость клиента (1–5)
clear = Сбросить
improvement-2 = Стандарт и улучшение
standard-2 = Стандарт обслуживания
improvement-action = Мера по улучшению
notes = Заметки
service-cycle = Цикл обслуживания
nothing-selected = Момент не выбран: здесь данные всего цикла.
title = Заголовок
organization = Организация
customer = Клиент
promise = Сервисное обещание
services = Пакеты услуг
primary-services = Основные услуги
secondary-services = Дополнительные услуги
evaluation-mechanisms = Способы оценки обслуживания
document-language = Язык документа
add-item = + Добавить
remove-item = Удалить этот пункт
new-item = Новый пункт
sat-very-low = 1: совсем не доволен
sat-low = 2: не доволен
sat-mid = 3: нейтрально
sat-high = 4: доволен
sat-very-high = 5: очень доволен
zoom = Масштаб
untitled = Без названия
unsaved = изменения не сохранены
saved = Сохранено
exported = Экспортировано:
unsaved-title = Сохранить изменения?
unsaved-body = В этом цикле есть несохранённые изменения. Сохранить их сначала?
dont-save = Не сохранять
cancel = Отмена
ok = ОК
open-failed = Не удалось открыть файл
save-failed = Не удалось сохранить цикл
save-failed-hint = Ваши изменения никуда не делись, но не сохранены. Попробуйте «Сохранить как…» и выберите другую папку.
export-failed = Не удалось экспортировать рисунок
recover-title = Восстановить несохранённую работу?
recover-body = В прошлый раз Ciclo неожиданно закрылся. Осталась резервная копия несохранённого цикла.
restore = Восстановить
discard = Не восстанавливать
export-title = Экспорт рисунка
format = Формат
size = Размер
square = квадрат
custom = Свой размер
pixels = Ширина × высота
width = Ширина в пикселях
height = Высота в пикселях
background = Фон
white = Белый
transparent = Прозрачный
export-hint = Холст показывает рисунок именно в этом размере: что видите, то и получите.
tip-satisfaction-curve = Нарисовать оценки удовлетворённости моментов кривой внутри кольца, чтобы было видно, где впечатление клиента проседает.
tip-png = Растровое изображение, готовое для слайдов
tip-svg = Векторный рисунок с редактируемым текстом
tip-csv = Моменты в виде таблицы с разделителями-запятыми, по строке на каждый
tip-xlsx = Моменты в виде книги Excel, по строке на каждый
text-as-paths = Текст в кривых
tip-text-as-paths = Только для SVG: текст превращается в кривые, и рисунок выглядит одинаково на любом компьютере, даже без шрифта Ciclo. Подходит для слайдов; редактировать текст после этого будет нельзя.
tip-moment = Момент истины — любое мгновение, когда клиент соприкасается с сервисом (сотрудник, телефонный звонок, сайт, вывеска) и составляет мнение о его качестве.
tip-cycle = Цикл обслуживания — вся последовательность моментов истины, через которые проходит клиент, чтобы получить услугу; его рисуют по часовой стрелке, как циферблат.
tip-name = Короткое название момента; оно пишется рядом с его точкой на кольце.
tip-description = Что происходит в этот момент — глазами клиента.
tip-channel = Как клиент соприкасается с сервисом в этот момент: лично, по телефону, через сайт…
tip-expectations = Чего клиент ждёт в этот момент.
tip-own-expectations = Ожидания своими словами, помимо пяти привычных.
tip-critical = Критический момент истины — тот, в котором потребности клиента не удовлетворены; на рисунке он выделен красным цветом и более толстым контуром.
tip-causes = Из-за чего клиент остаётся недоволен этим моментом.
tip-satisfaction = Насколько клиенты довольны этим моментом: от 1 (совсем не довольны) до 5 (очень довольны), например по опросу CSAT.
tip-clear-satisfaction = Убрать оценку: момент ещё не измеряли.
tip-standard = Измеримый уровень обслуживания, согласованный для этого момента, например «трубку снимают не позже третьего гудка».
tip-improvement = Что будет сделано, чтобы этот момент стал лучше.
tip-owner = Кто отвечает за улучшение.
tip-notes = Всё остальное, что стоит помнить об этом моменте.
tip-title = Заголовок, который пишется вверху рисунка.
tip-organization = Компания или команда, которая оказывает эту услугу.
tip-cycle-description = Что охватывает этот цикл и кто его составил.
tip-customer = Кто клиент: внешний, который платит, или внутренний — коллега, который получает результат вашей работы.
tip-promise = Что организация обещает своим клиентам; обещание должно быть измеримым, чтобы можно было проверить, выполняется ли оно.
tip-primary = Пакет основных услуг: то, ради чего клиент на самом деле приходит.
tip-secondary = Пакет дополнительных услуг: то, что сопровождает основную услугу (парковка, Wi-Fi, кофе…).
tip-evaluation = Как организация слушает своих клиентов, чтобы оценивать обслуживание и планировать улучшения.
tip-principles = Принципы хорошего обслуживания клиентов, которые этот момент проверяет на деле.
tip-evaluation-section = Каково клиенту в этот момент: подводит ли его сервис, почему и насколько он доволен.
tip-improvement-section = Уровень обслуживания, согласованный для этого момента, и что будет сделано, чтобы его достичь.
tip-services = Что предлагает организация: основная услуга, ради которой приходит клиент, и то, что к ней прилагается.
tip-document-language = Язык надписей, которые добавляет рисунок (Начало, Конец, легенда).
cmd-present = Презентация
tip-present = Показать цикл на весь экран, по одному моменту, для группы
cmd-analysis = Анализ
tip-analysis = Количество, удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана
cmd-new-from-template = Создать из шаблона…
tip-new-from-template = Начать с одного из примеров циклов
cmd-export-report = Экспорт отчёта…
tip-export-report = Записать отчёт семинара (HTML или Markdown): рисунок, все моменты, анализ и план улучшений
cmd-export-slides = Экспорт слайдов…
tip-export-slides = Записать слайд со всем циклом и по слайду на каждый момент, в виде PNG 1920×1080 в папку
present-hint = Стрелка вправо или Пробел: далее  ·  Стрелка влево: назад  ·  Esc: выход
present-exit = Выйти из презентации (Esc)
present-cycle = Весь цикл
analysis-title = Анализ цикла
an-empty = Добавьте моменты истины, чтобы увидеть анализ.
scored-line = ({ $scored } из { $moments } с оценкой)
an-no-score = ни один момент ещё не оценён
an-missing-plans = Критические моменты без полного плана
an-click-to-select = Нажмите, чтобы выбрать этот момент в редакторе
an-causes = Причины неудовлетворённости по числу моментов
an-no-causes = Причины неудовлетворённости пока не указаны.
an-principles = Моменты × принципы хорошего обслуживания
an-expectations = Моменты × ожидания клиента
gallery-hint = Каждый шаблон — реалистичный цикл для доработки. Он откроется как новый, ещё не сохранённый цикл.
report-written = Отчёт записан:
report-failed = Не удалось записать отчёт
slides-written = Слайдов записано:
slides-failed = Не удалось записать слайды
critical-count = { $count ->
        [one] { $count } критический
       *[other] { $count } критических
    }

## File dialogs, new moments

dialogs-open-service-cycle = Открыть цикл обслуживания
dialogs-save-service-cycle = Сохранить цикл обслуживания
dialogs-export-report = Экспорт отчёта
dialogs-slides-folder = Выберите папку для слайдов


default-moment-name = Момент { $number }

## The window: commands, palette, themes

cmd-open-recent = Открыть недавний файл
cmd-rename = Переименовать момент
tip-rename = Перейти к названию выбранного момента (F2)
cmd-palette = Палитра команд…
tip-palette = Найти любую команду по части названия (Ctrl+Shift+P)
palette-hint = Начните вводить название команды
palette-nothing = Нет команды с таким названием
cmd-dismiss = Закрыть или снять выделение
tip-dismiss = Закрыть верхнее окно или диалог; если их нет, снять выделение (Esc)
high-contrast = Высокая контрастность

## The workshop report

report-about = О цикле
report-picture = Схема цикла
report-own-words = словами клиента
report-critical = Критический
report-yes = да
report-no = нет
report-causes = Причины неудовлетворённости
report-not-scored = нет оценки
report-plan = План улучшений
report-plan-order = Сначала критические моменты (отмечены !), затем остальные; в каждой группе — по порядку цикла.
report-no-plan = Ни для одного момента пока не намечена мера по улучшению.
report-action = Мера
report-count = Моменты
report-cause = Причина
report-unknown-format = не удаётся понять, в каком формате писать отчёт { $path }; дайте файлу расширение .md или .html
report-picture-failed = не удалось нарисовать схему цикла для отчёта: { $error }

## Совместная работа
menu-workshop = Совместная работа
cmd-host-workshop = Начать совместную работу
tip-host-workshop = Коллеги в этой сети смогут редактировать цикл вместе с вами, в реальном времени, из своего Ciclo
cmd-join-workshop = Присоединиться…
tip-join-workshop = Редактировать цикл, который открыл другой участник, вместе со всеми
cmd-leave-workshop = Выйти из совместной работы
tip-leave-workshop = Закончить совместное редактирование; цикл останется открытым здесь как несохранённый документ
ws-live = В сети
ws-people = { $count ->
        [one] { $count } участник
        [few] { $count } участника
       *[many] { $count } участников
    }
ws-connected = подключено
ws-connecting = подключение
ws-reconnecting = переподключение
ws-refused = отказано
ws-host-failed = Не удалось начать совместную работу
ws-join-failed = Не удалось присоединиться
ws-name-title = Ваше имя
ws-name-hint = Другие участники увидят его рядом с тем, что вы выделили; цвет выбирается по имени.
ws-join-title = Присоединиться к совместной работе
ws-join-hint = Вставьте адрес, который показывает организатор (начинается с http:// или ws://):
ws-join = Присоединиться
ws-panel-title = Присоединяйтесь
ws-panel-hint = Телефоны и ноутбуки: отсканируйте код или введите адрес в браузере. Окна Ciclo: «Совместная работа > Присоединиться…» и вставьте адрес.
ws-copy = Копировать адрес
ws-token = Ключ
ws-firewall = Если никто не может подключиться, разрешите Ciclo (TCP-порт { $port }) в брандмауэре этого компьютера.
ws-browsers-edit-tip = Снимите флажок, чтобы телефоны и браузеры могли только смотреть цикл; окна Ciclo по-прежнему могут редактировать.
ws-browsers-edit = Участники из браузера могут редактировать
ws-qr-label = QR-код адреса для входа: наведите на него камеру телефона
ws-participants = Участники
ws-you = вы
ws-show-panel = Показать адрес для подключения
ws-on-moment = { $name } выбирает этот момент
## Photos and decks

step-photos = фотографии
photos-heading = Фотографии
photo-add = Добавить фото…
photo-add-tip = Добавить фотографии этого момента (JPEG, PNG или WebP); их можно и перетащить на момент или сюда
photo-caption = Подпись
photo-earlier = Переместить фото выше
photo-later = Переместить фото ниже
photo-remove-tip = Убрать фото из момента (файл останется на месте)
photo-remove = Убрать
photo-loading = загрузка…
photo-filter = Изображения
photo-word = Фото
cmd-export-pdf = Экспорт презентации PDF…
cmd-export-pdf-tip = Записать все слайды в один PDF с настоящим текстом и фотографиями, готовый к отправке по почте
cmd-export-pptx = Экспорт презентации PowerPoint…
cmd-export-pptx-tip = Записать все слайды в один файл PowerPoint (.pptx) с заголовками и заметками докладчика
deck-written = Презентация записана:
deck-dialog-title = Экспорт презентации
photo-not-found = фото не найдено
photo-unreadable = не удаётся прочитать фото
photo-not-a-file = это не файл
photo-too-large = { $mp } Мпикс, больше предела в { $max }; сохраните уменьшенную копию
photo-broken = это не изображение JPEG, PNG или WebP
photo-not-loaded = фото не загружено
exporting = Запись { $path }… { $seconds } с
exporting-then-closing = Запись { $path }… { $seconds } с. Ciclo закроется, как только запись завершится.
export-stopped = Экспорт прервался, не завершившись; попробуйте ещё раз.

## Справка командной строки (\`ciclo --help\`, \`ciclo COMMAND --help\`) и ошибки в вызове команд.
## help-COMMAND — краткое описание команды; help-COMMAND-ARG — текст аргумента или параметра;
## help-any-ARG подходит для всех команд, у которых есть ARG.
help-ciclo = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.
help-ciclo-long = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.

    Без команды (или с файлом .ron) открывает окно редактора.

    Ciclo говорит на языке системы, если знает его (английский, испанский, русский, португальский); другой язык можно выбрать через CICLO_LANG=es (или en, ru, pt).
help-ciclo-file = Цикл, который нужно открыть в окне.
help-export = Нарисовать цикл в виде рисунка PNG или SVG или записать его моменты в таблицу CSV или XLSX.
help-export-output = Файл для записи: .png или .svg (рисунок), .csv или .xlsx (строка на каждый момент).
help-export-background = white (по умолчанию), transparent или цвет в виде #rrggbb.
help-any-satisfaction_curve = Нарисовать кривую удовлетворённости внутри кольца.
help-export-text_as_paths = Только для SVG: записать текст в кривых, чтобы файл на любом компьютере выглядел в точности как PNG (для слайдов); редактировать текст после этого будет нельзя.
help-check = Проверить циклы: по строке на файл; код выхода 1, если хотя бы один из них содержит ошибки.
help-check-files = Циклы (.ron).
help-check-summary = Также вывести анализ каждого корректного цикла: долю критических моментов, среднюю удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана.
help-report = Записать отчёт мастерской: сведения о цикле, схему, все моменты, анализ и план улучшений — в Markdown (рисунок PNG кладётся рядом) или одним самодостаточным файлом HTML.
help-report-output = Файл отчёта: .md или .html.
help-new = Создать новый цикл — пустой или из шаблона.
help-new-output = Создаваемый файл.
help-new-template = Шаблон (см. \`ciclo templates\`).
help-new-lang = Язык нового цикла: en, es, ru или pt (по умолчанию — язык Ciclo: из CICLO_LANG или системный).
help-new-force = Заменить файл, если он уже существует.
help-templates = Показать список шаблонов.
help-help = Объяснить команду (\`ciclo help export\`) или формат файла цикла (\`ciclo help format\`).
help-help-topic = Команда или \`format\`.
help-serve = Провести мастерскую в реальном времени: для каждого цикла открывается комната, к которой участники в той же сети подключаются из своего Ciclo (или любого клиента Yjs); каждый файл записывается по мере изменений.
help-serve-files = Циклы (.ron); каждая комната называется по имени своего файла.
help-serve-port = TCP-порт, на котором принимать подключения (по умолчанию 7420).
help-serve-bind = Адрес, на котором принимать подключения (по умолчанию — все адреса этого компьютера: 0.0.0.0).
help-serve-token = Токен, который должны указать участники (по умолчанию — 10 случайных букв и цифр, которые легко прочитать с проектора).
help-serve-view_only = Браузеры могут только смотреть: тот, кто вошёл со страницы участника, видит цикл вживую, но не может его менять. Окна Ciclo по-прежнему могут редактировать.
help-sync = Синхронизировать файл цикла с комнатой мастерской в обе стороны, без окна: изменения в комнате записываются в файл, а правки, сохранённые в файле, попадают в комнату.
help-sync-url = Адрес комнаты в том виде, в каком его показывает хост: http://HOST:PORT/ROOM?token=… (подходят и ws://, wss://, https://).
help-sync-file = Цикл (.ron); если комната пуста, он её заполнит.
help-sync-ca = Для wss://: дополнительно доверять центрам сертификации из этого файла PEM (если у сервера сертификат частного ЦС). Файлу из SSL_CERT_FILE, если переменная задана, Ciclo тоже доверяет.
help-sync-replace = Принять комнату, даже если в ней другой цикл, чем в файле (файл сохраняется как ФАЙЛ.bak).
help-join = Открыть окно, подключённое к мастерской в реальном времени (как «Совместная работа ▸ Присоединиться…»).
help-join-url = Адрес комнаты в том виде, в каком его показывает организатор: http://HOST:PORT/ROOM?token=… (подходят и ws://, wss://, https://).
help-slides = Записать слайды презентации: сначала цикл, затем по слайду на каждый момент — в виде презентации PDF (-o deck.pdf), презентации PowerPoint (-o deck.pptx) или папки с PNG (-o folder).
help-slides-output = Презентация для записи: файл .pdf или .pptx либо папка для PNG (создаётся, если её нет).
help-any-file = Цикл (.ron).
help-any-width = Ширина в пикселях (по умолчанию 1920).
help-any-height = Высота в пикселях (по умолчанию 1080).
help-any-help = Показать эту справку.
help-any-version = Показать версию Ciclo.
help-usage = Использование:
help-arguments = Аргументы:
help-options = Параметры:
help-commands = Команды:
cli-usage-unknown-argument = у этой команды нет параметра { $arg }
cli-usage-did-you-mean = может быть, { $suggestion }?
cli-usage-unknown-command = команды \`{ $name }\` нет
cli-usage-invalid-value = { $arg } не принимает значение { $value }; допустимые значения: { $valid }
cli-usage-bad-value = { $value } — недопустимое значение для { $arg }
cli-usage-bad-background = { $value } не подходит как фон для { $arg }: укажите white, transparent или цвет в виде #rrggbb (шесть шестнадцатеричных цифр, например #f0f0f0)
cli-usage-not-a-number = { $value } не подходит для { $arg }: нужно целое число
cli-usage-missing = для этой команды нужно указать { $args }
cli-usage-conflict = { $arg } нельзя указывать вместе с { $other }
cli-usage-other = не удаётся разобрать командную строку: { $detail }
cli-usage-more = Чтобы узнать, что принимает команда: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Целевая удовлетворённость
tip-target = Удовлетворённость, к которой ведёт улучшение, от 1 до 5 (желаемая оценка).
tip-clear-target = Убрать цель.
inspector-due = Срок
tip-due = Когда улучшение должно быть готово, в виде ГГГГ-ММ-ДД.
inspector-authors = Авторы
tip-authors = Кто составил этот цикл, для титульного слайда.
inspector-date = Дата
tip-cycle-date = Дата на титульном слайде, в виде ГГГГ-ММ-ДД.
inspector-date-hint = ГГГГ-ММ-ДД
inspector-not-a-date = Такой даты нет, поэтому она не сохраняется: запишите её как ГГГГ-ММ-ДД, например 2027-03-31.
`;var hc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Entrar
page-change-name = Mudar meu nome
page-connection = Conexão
page-offline = Sem conexão no momento. Suas alterações ficam guardadas neste aparelho e serão enviadas quando a conexão voltar.
page-token-refused = Este link não é válido: o código de acesso está errado ou mudou. Peça ao anfitrião o endereço ou o QR code atual.
page-view-only = Você pode acompanhar a oficina, mas o anfitrião não permitiu edição pelo navegador.
page-picture = O ciclo de serviço, desenhado pelo anfitrião. A lista de momentos repete o mesmo em texto.
page-picture-loading = Carregando o desenho…
page-picture-failed = Não foi possível carregar o desenho. Tentando de novo…
page-moments = Momentos da verdade
page-no-moments = Este ciclo ainda não tem momentos.
page-critical = Crítico
page-satisfaction = Satisfação { $score } de 5
page-satisfaction-none = Ainda sem nota
page-close = Fechar
page-add-after = Adicionar um momento depois deste
page-moment-gone = Alguém apagou este momento.
page-photo-of = Foto { $number } de “{ $name }”
page-photo-uploading = Enviando a foto…
page-photo-sent = Foto adicionada. Ela aparece aqui em instantes.
page-photo-failed = Não foi possível enviar a foto: { $reason }
page-photo-unreadable = Este arquivo não abre como imagem. Escolha uma foto JPEG, PNG ou WebP.

language-name = Português

## The drawing: markers, centre, legend

drawing-start = Início
drawing-end = Fim
drawing-centre = Satisfação do cliente
drawing-moment = Momento da verdade
drawing-satisfaction = Satisfação (1–5)
drawing-curve = Curva de satisfação

## Channels: names and explanations

channel-InPerson = Presencial
channel-InPerson-tip = Cara a cara, no próprio estabelecimento.
channel-Phone = Telefone
channel-Phone-tip = Uma ligação, do primeiro toque até a despedida.
channel-Web = Site
channel-Web-tip = As páginas da organização na internet.
channel-App = Aplicativo
channel-App-tip = O aplicativo de celular da organização.
channel-Email = E-mail
channel-Email-tip = Uma mensagem que o cliente envia ou recebe por e-mail.
channel-Chat = Chat
channel-Chat-tip = Uma conversa por escrito, em tempo real.
channel-SocialMedia = Redes sociais
channel-SocialMedia-tip = Publicações, comentários e mensagens nas redes sociais.
channel-Advertising = Publicidade
channel-Advertising-tip = Um anúncio que o cliente vê ou ouve.
channel-PointOfSale = Ponto de venda
channel-PointOfSale-tip = O balcão, a loja ou o quiosque onde o cliente compra.
channel-ProductUse = Uso do produto
channel-ProductUse-tip = O cliente usando o que comprou.
channel-WordOfMouth = Boca a boca
channel-WordOfMouth-tip = Alguém conta ao cliente sobre o serviço.
channel-Other = Outro
channel-Other-tip = Qualquer outro ponto de contato.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado com gentileza, como pessoa e não como número.
expectation-Speed = Rapidez e agilidade
expectation-Speed-tip = Ser atendido depressa, sem esperas desnecessárias.
expectation-Information = Informação correta e no momento certo
expectation-Information-tip = Receber informações exatas quando precisa delas.
expectation-Guarantees = Garantias e promessas cumpridas
expectation-Guarantees-tip = Que o prometido seja entregue, e que haja respaldo se algo falhar.
expectation-Advice = Orientação
expectation-Advice-tip = Ser orientado para a melhor escolha para si.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidade
principle-Reliability-tip = Entregar exatamente o combinado, com profissionalismo e procedimentos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidade
principle-Credibility-tip = Cumprir os requisitos e comprovar isso com fatos.
principle-Credibility-badge = C
principle-Attractiveness = Atratividade
principle-Attractiveness-tip = Apresentação, embalagem e preço que atraem o cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidade
principle-Agility-tip = Respostas e informações rápidas e precisas.
principle-Agility-badge = G
principle-Interest = Interesse
principle-Interest-tip = Esclarecer as dúvidas e resolver os problemas do cliente.
principle-Interest-badge = I
principle-Teamwork = Trabalho em equipe com o cliente
principle-Teamwork-tip = Dar ao cliente as ferramentas e as novidades para que ele mesmo resolva seus problemas.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatia
cause-Apathy-tip = Funcionários que não se importam se o cliente foi ajudado.
cause-BrushOff = Dispensa
cause-BrushOff-tip = Livrar-se do cliente em vez de ajudá-lo.
cause-Coldness = Frieza
cause-Coldness-tip = Um atendimento distante e pouco simpático.
cause-Superiority = Ar de superioridade
cause-Superiority-tip = Falar com o cliente de cima para baixo.
cause-Robotism = Atendimento robotizado
cause-Robotism-tip = O mesmo roteiro para todos, sem atenção à pessoa.
cause-Rulebook = Regulamento em primeiro lugar
cause-Rulebook-tip = Pôr as regras internas acima da necessidade do cliente.
cause-Evasion = Respostas evasivas
cause-Evasion-tip = Fugir de respostas claras ou empurrar o cliente para outro setor.
cause-BrokenPromise = Promessa não cumprida
cause-BrokenPromise-tip = Algo prometido que não foi entregue.
cause-Misinformation = Desinformação
cause-Misinformation-tip = Informação errada, incompleta ou contraditória.
cause-LongWait = Espera longa
cause-LongWait-tip = Esperar mais do que o cliente acha razoável.
cause-PoorCommunication = Falta de comunicação
cause-PoorCommunication-tip = O cliente não fica sabendo o que está acontecendo nem o que vem depois.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Avalie nosso atendimento”
evaluation-RateOurService-tip = Um convite rápido para o cliente dar uma nota ao serviço.
evaluation-SuggestionBox = Caixa de sugestões
evaluation-SuggestionBox-tip = Uma caixa ou formulário onde os clientes deixam ideias e observações.
evaluation-ServiceLine = Central de atendimento
evaluation-ServiceLine-tip = Uma linha telefônica dedicada a dúvidas e reclamações de clientes.
evaluation-Email = E-mail
evaluation-Email-tip = Um endereço para o qual os clientes escrevem à organização.
evaluation-ContactLink = Link de contato
evaluation-ContactLink-tip = Um formulário ou link de contato no site.
evaluation-Pqr = Pedidos, queixas e reclamações (PQR)
evaluation-Pqr-tip = Um canal formal para pedidos, queixas e reclamações.
evaluation-Survey = Pesquisa
evaluation-Survey-tip = Um questionário sobre a experiência do cliente.
evaluation-SocialMedia = Redes sociais
evaluation-SocialMedia-tip = Ouvir o que os clientes dizem nas redes sociais.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = este não é um arquivo de texto; um documento do Ciclo é texto UTF-8 no formato RON
problem-empty = o arquivo está vazio; crie um ciclo com \`ciclo new -o ARQUIVO.ron\`
problem-json = isto parece JSON; os documentos do Ciclo são RON e começam com \`(\` e \`format: 1\` (veja docs/FORMAT.md)
problem-unknown-field = campo desconhecido \`{ $found }\`{ $hint }; os campos válidos são { $valid }
problem-unknown-value = valor desconhecido \`{ $found }\`{ $hint }; os valores válidos são { $valid }
problem-did-you-mean = {" "}— você quis dizer \`{ $name }\`?
problem-missing-format = falta \`format: 1\` no início do documento
problem-missing-field = falta o campo obrigatório \`{ $field }\`
problem-duplicate-field = o campo \`{ $field }\` aparece duas vezes; mantenha só um
problem-wrong-type = esperava-se { $expected }, mas há { $found }
problem-expected = esperava-se { $expected }
problem-unexpected-end = o arquivo termina antes da hora; provavelmente falta um \`)\`, \`]\` ou \`"\` de fechamento
problem-trailing-text = há texto depois do \`)\` que fecha o documento; apague-o
problem-syntax = erro de sintaxe RON: { $detail }
problem-newer-format = este arquivo está no formato { $found }: foi criado por uma versão mais nova do Ciclo, e esta versão lê os formatos 1 a { $known }. Atualize o Ciclo para abri-lo
problem-bad-format = \`format: { $found }\` não existe; use \`format: 1\` (o Ciclo escreve 2 ou { $known } sozinho quando um ciclo precisa deles)
problem-duplicate-id = o id { $id } já é usado por outro momento; dê a cada momento um id próprio (ou remova \`id\` para que um seja atribuído)
problem-satisfaction = a satisfação { $score } está fora da faixa; use um número inteiro de 1 a 5, ou remova o campo
problem-target = a meta { $score } está fora da faixa; use um número inteiro de 1 a 5 (a satisfação que a melhoria busca), ou remova o campo
problem-date = { $field } { $found } não é uma data real; escreva-a como AAAA-MM-DD, por exemplo "2027-03-31", ou remova o campo
problem-angle-range = o ângulo { $angle } não é válido; use graus de 0 até 360 (sem incluir 360), ou remova \`angle\` para distribuí-lo por igual
problem-angle-order = o ângulo { $angle } não é maior que o do momento posicionado anterior ({ $previous }); os ângulos devem crescer ao longo do ciclo, ou remova \`angle\`
problem-empty-name = o momento não tem um nome visível (está vazio ou só tem espaços e caracteres invisíveis); dê um nome a ele
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo \`{ $field }\`
expected-Id = um número inteiro positivo (1, 2, 3…) que nenhum outro momento use; ou remova \`id\` e o Ciclo atribui um
expected-StringEnd = o \`"\` que fecha este texto; falta uma aspa
expected-String = um texto entre aspas duplas, como "Bem-vindo"
expected-Score = um número inteiro de 1 a 5 (ou remova o campo)
expected-Integer = um número inteiro dentro da faixa
expected-Float = um número
expected-Boolean = \`true\` ou \`false\`
expected-List = uma lista entre colchetes, como [A, B]
expected-ListEnd = uma vírgula ou o \`]\` que fecha a lista
expected-StructStart = um \`(\` de abertura
expected-StructEnd = uma vírgula ou um \`)\` de fechamento
expected-Colon = dois-pontos depois do nome do campo
expected-Identifier = um nome sem aspas, como \`InPerson\` ou \`Reliability\`

## Reading a file

load-cannot-read = { $path }: não foi possível ler: { $error }
load-not-a-file = { $path }: isto é { $what }, não um arquivo; informe o caminho de um ciclo .ron
load-too-large = { $path }: o arquivo tem { $size } MiB; o Ciclo abre documentos de até { $max } MiB. É o arquivo certo?
special-Directory = uma pasta
special-Pipe = um pipe nomeado
special-Device = um dispositivo
special-Socket = um socket
special-Other = algo que não é um arquivo comum

## Saving and exporting

save-missing-folder = { $path }: não foi possível salvar: a pasta { $folder } não existe. Crie-a antes ou escolha outra pasta.
save-not-a-folder = { $path }: não foi possível salvar: { $folder } é um arquivo, não uma pasta. Escolha outra pasta.
save-exists = { $path } já existe; escolha outro nome ou acrescente --force para substituí-lo
save-broken-link = { $path } é um link para { $target }, que não existe; escolha outro nome, ou acrescente --force para gravar { $target }
save-is-the-input = { $path } é o arquivo de entrada; gravar ali o destruiria. Escolha outro nome para a saída.
save-not-regular = { $path } não é um arquivo comum (é um link, uma pasta ou um dispositivo), então o Ciclo não vai gravar ali. Apague-o ou tire-o dali e tente de novo.
save-unencodable = { $path }: não foi possível salvar: o estado da oficina não pôde ser gravado ({ $error }). Nada foi substituído; as alterações ficam na memória até o próximo salvamento.
save-io = { $path }: não foi possível salvar: { $error }.{ $previous ->
        [unchanged] {" "}O arquivo anterior continua intacto.
       *[new] {""}
    } Verifique se a pasta aceita gravação e se há espaço no disco, ou escolha outro lugar.
export-size = Não é possível gerar uma imagem de { $width }×{ $height } pixels: a largura e a altura devem ficar entre { $min } e { $max }. Escolha outro tamanho.
export-unknown-format = { $name }: não dá para saber em que formato gravar. Dê ao arquivo a extensão .png, .svg, .csv ou .xlsx.
export-render = Não foi possível desenhar a imagem ({ $detail }). Tente um tamanho menor ou o outro formato.
export-sheet = Não foi possível criar a planilha ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Momentos
sheet-number = N.º
sheet-name = Momento
sheet-channel = Canal
sheet-critical = Crítico
sheet-satisfaction = Satisfação
sheet-target = Meta
sheet-votes = Votos
sheet-expectations = Expectativas
sheet-principles = Princípios
sheet-causes = Causas
sheet-improvement = Melhoria
sheet-owner = Responsável
sheet-due = Prazo
sheet-yes = Sim
sheet-no = Não

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos da verdade
critical-moments = Momentos críticos
average-satisfaction = Satisfação média
total = Total
decimal-separator = ,
moments-count = { $count ->
        [0] { $count } momentos
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } avaliados)
average-none = nenhum momento avaliado ({ $scored } de { $moments } avaliados)
missing-Improvement = sem ação de melhoria
missing-Owner = sem responsável
missing-Both = sem ação de melhoria e sem responsável
expectation-Warmth-short = Cordialidade
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantias
expectation-Advice-short = Orientação
analysis-principles = Princípios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfação, por momentos afetados
analysis-no-causes = Nenhuma causa de insatisfação registrada.
analysis-missing-plans = Momentos críticos sem plano
analysis-all-planned = Todo momento crítico tem uma ação de melhoria e um responsável.
analysis-no-critical = Nenhum momento está marcado como crítico.
summary-no-moments = (nenhum momento)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por quê
expectations = Expectativas
principles = Princípios
satisfaction = Satisfação
not-scored = Sem avaliação
standard = Padrão
improvement = Melhoria
owner = Responsável
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Novo ciclo de serviço
cli-no-display = O Ciclo não conseguiu abrir sua janela: nenhuma tela gráfica respondeu. Abra-o a partir de uma sessão de área de trabalho, ou trabalhe sem janela: \`ciclo export ARQUIVO.ron -o ARQUIVO.png\` desenha um ciclo e \`ciclo check ARQUIVO.ron\` o verifica (veja \`ciclo --help\`).

## A linha de comando: seus erros, avisos e linhas de status

cli-error = erro: { $message }
cli-warning = aviso: { $message }
# Em português, "one" também vale para 0 (CLDR); por isso o [0].
cli-check-ok = { $file }: ok, { $moments ->
        [0] { $moments } momentos
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [0] { $critical } críticos
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] o nome de { $dropped } dos { $moments } momentos não coube e ficou de fora
       *[other] os nomes de { $dropped } dos { $moments } momentos não couberam e ficaram de fora
    } (os nós numerados aparecem mesmo assim); exporte uma imagem maior com --width e --height para mostrar todos os nomes
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = não há ajuda sobre \`{ $topic }\`; os tópicos são: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fora do intervalo; use de { $min } a { $max } pixels
cli-photo-unusable = { $file }: { $where }: { $problem }; os slides dele mostram um espaço reservado no lugar
cli-no-template = não existe o modelo \`{ $name }\`; os modelos são: { $names }
cli-template-broken = não foi possível ler o modelo { $name }: { $error }
cli-not-workshop-url = { $url } não é o endereço de uma oficina: ele começa com http://, https://, ws:// ou wss://, como http://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo foi compilado sem a janela (o recurso \`window\` do cargo); compile-o com os recursos padrão para desenhar na janela, ou use um comando como \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala recebe o nome do seu arquivo; use um nome de arquivo em UTF-8
cli-serve-same-name = há dois arquivos chamados { $name }; as salas recebem o nome do arquivo, então renomeie um deles
cli-serve-empty-token = --token está vazio; deixe-o de fora para receber um aleatório
cli-serve-no-token = não foi possível sortear um token ({ $error }); informe um com --token
cli-serve-cannot-listen = não é possível escutar em { $address }; talvez outro programa use a porta { $port }: escolha outra com --port
cli-serve-hosting = { $count ->
    [one] Hospedando uma sala. Os participantes entram com:
   *[other] Hospedando { $count } salas. Os participantes entram com:
}
cli-serve-firewall = Se os outros não conseguirem se conectar, libere a porta TCP { $port } no firewall deste computador.
cli-serve-view-only = Os navegadores só podem olhar (--view-only).
cli-serve-scan = Celulares e notebooks: escaneiem o código ou abram o endereço no navegador.
cli-serve-stop-hint = Aperte Ctrl+C para parar; os arquivos são gravados até 2 s depois de cada mudança e ao parar.
cli-serve-stopped = Parado; todas as salas estão salvas.
cli-serve-not-saved = Parado, mas a sala de { $file } não pôde ser salva por completo (o erro acima diz por quê), então podem faltar no arquivo as últimas alterações. Corrija isso e inicie o anfitrião de novo; o arquivo de estado da sala { $state } não foi apagado.
cli-serve-merged = { $file } foi editado enquanto nenhum anfitrião rodava; essas edições entram no estado salvo da oficina.
cli-serve-state-unreadable = não foi possível ler { $state } ({ $error }); a sala recomeça a partir de { $file }, então quem estava nela deve sair e entrar de novo.
cli-sync-cannot-read = { $file }: não é possível ler
cli-sync-refused = a oficina não deixou entrar: { $reason }
cli-sync-no-answer = { $url } não respondeu em 20 s; confira o endereço e se o anfitrião está rodando
cli-sync-seeded = A sala estava vazia: { $file } a preencheu.
cli-sync-follows = { $file } agora acompanha a sala.
cli-sync-photo-fetched = Foto trazida do anfitrião: { $file }
cli-sync-unrelated = A sala tem um ciclo diferente de { $file }: nenhum dos momentos dele está lá. Confira o nome da sala na URL; se quiser mesmo trocar o arquivo pela sala, acrescente --replace (uma cópia do arquivo fica guardada).
cli-sync-backup = { $file } vai mudar bastante: o conteúdo anterior fica guardado em { $backup }.
cli-sync-keeping = Mantendo { $file } em dia com { $url }; Ctrl+C para.
cli-sync-lost = A conexão caiu; reconectando (suas edições ficam guardadas)…
cli-sync-connected = Conectado de novo.
cli-sync-waiting = { $message }; aguardando o próximo salvamento
cli-sync-renumbered = O momento novo “{ $name }” é o momento { $id } na oficina (no arquivo era o { $old }).
io-NotFound = esse arquivo não existe; confira o nome e a pasta (\`ciclo new -o ARQUIVO.ron\` cria um ciclo)
io-PermissionDenied = sem permissão; peça acesso ao arquivo ou copie-o para uma pasta sua

## The window

menu-file = Arquivo
menu-edit = Editar
menu-view = Exibir
menu-language = Idioma
menu-help = Ajuda
shortcuts = Atalhos de teclado
about = Sobre o Ciclo
about-body = O Ciclo desenha ciclos de serviço: os momentos da verdade que um cliente vive, num mostrador de relógio, com os críticos destacados. Monte o ciclo com o mouse e o teclado, analise cada momento no inspetor e exporte a imagem para seus slides.
mouse-help = Mouse: arraste um momento pelo anel para movê-lo; clique duas vezes no anel para acrescentar um ali; arraste o espaço vazio ou use o botão do meio para deslocar a vista; Ctrl+roda aproxima e afasta.
close = Fechar
cmd-new = Novo
cmd-open = Abrir…
cmd-save = Salvar
cmd-save-as = Salvar como…
cmd-export = Exportar…
cmd-quit = Sair
cmd-undo = Desfazer
cmd-redo = Refazer
cmd-add = Adicionar momento
cmd-insert-after = Inserir depois do selecionado
cmd-delete = Excluir momento
cmd-distribute = Distribuir por igual
cmd-next = Selecionar o próximo
cmd-previous = Selecionar o anterior
cmd-earlier = Mover para antes
cmd-later = Mover para depois
cmd-zoom-in = Aproximar
cmd-zoom-out = Afastar
cmd-zoom-fit = Ajustar à janela
cmd-select-none = Não selecionar nada
cmd-canvas-only = Só a tela de desenho
tip-canvas-only = Esconde a lista de momentos e o inspetor para que o ciclo ocupe a janela inteira; de novo, eles voltam
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfação { $score } de 5
show-list = Lista de momentos
show-inspector = Inspetor
dropped-labels = Nomes omitidos
tip-dropped-labels = A imagem não tem espaço para todos os nomes. Aumente-a (Exportar), encurte os nomes ou divida o ciclo.
new-from-template = Novo a partir de modelo
recent-files = Arquivos recentes
no-recent = Nenhum arquivo recente
theme = Tema
light = Claro
dark = Escuro
tip-add = Acrescenta um novo momento da verdade no fim do ciclo
tip-insert-after = Insere um novo momento logo depois do selecionado (Insert)
tip-delete = Remove o momento selecionado (Delete); Desfazer o traz de volta
tip-distribute = Esquece as posições colocadas à mão e espaça os momentos por igual ao redor do anel
tip-zoom-fit = Mostra a imagem inteira (Ctrl+0)
tip-export = Salva a imagem do slide como PNG ou SVG
step-cycle = dados do ciclo
step-rename = renomear
step-moment = dados do momento
step-critical = marca de crítico
step-satisfaction = satisfação
step-add = adicionar momento
step-delete = excluir momento
step-reorder = reordenar
step-move = mover no anel
step-distribute = distribuir por igual
add = Adicionar
delete = Excluir
up = Subir
mark-critical = Marcar como crítico
unmark-critical = Não crítico
insert-short = Inserir depois
down = Descer
no-moments = Ainda não há momentos. Adicione um, ou clique duas vezes no anel.
canvas = Tela do ciclo de serviço
empty-hint = Clique duas vezes no anel ou em “Adicionar momento” para começar
drag-hint = Arraste pelo anel para movê-lo
name = Nome
description = Descrição
channel = Canal
expectations-2 = Expectativas do cliente
own-expectations = Outras expectativas
principles-2 = Princípios do bom atendimento
evaluation = Avaliação
critical-moment-2 = Momento da verdade crítico
causes = O que gera insatisfação
satisfaction-2 = Satisfação do cliente (1–5)
clear = Limpar
improvement-2 = Padrão e melhoria
standard-2 = Padrão de serviço
improvement-action = Ação de melhoria
notes = Observações
service-cycle = Ciclo de serviço
nothing-selected = Nenhum momento selecionado: estes são os dados do ciclo inteiro.
title = Título
organization = Organização
customer = Cliente
promise = Promessa de serviço
services = Pacotes de serviço
primary-services = Serviços principais
secondary-services = Serviços secundários
evaluation-mechanisms = Mecanismos de avaliação
document-language = Idioma do documento
add-item = + Adicionar
remove-item = Remover este item
new-item = Novo item
sat-very-low = 1: muito insatisfeito
sat-low = 2: insatisfeito
sat-mid = 3: neutro
sat-high = 4: satisfeito
sat-very-high = 5: muito satisfeito
zoom = Zoom
untitled = Sem título
unsaved = alterações não salvas
saved = Salvo
exported = Exportado
unsaved-title = Salvar as alterações?
unsaved-body = Este ciclo tem alterações que não foram salvas. Salvá-las antes?
dont-save = Não salvar
cancel = Cancelar
ok = OK
open-failed = Não foi possível abrir o arquivo
save-failed = Não foi possível salvar o ciclo
save-failed-hint = Suas alterações continuam aqui, sem salvar. Tente Salvar como… para escolher outra pasta.
export-failed = Não foi possível exportar a imagem
recover-title = Recuperar o trabalho não salvo?
recover-body = O Ciclo fechou inesperadamente da última vez. Uma cópia de recuperação do ciclo não salvo foi guardada.
restore = Recuperar
discard = Descartar
export-title = Exportar imagem
format = Formato
size = Tamanho
square = quadrado
custom = Personalizado
pixels = Largura × altura
width = Largura em pixels
height = Altura em pixels
background = Fundo
white = Branco
transparent = Transparente
export-hint = A tela mostra a imagem neste tamanho: o que você vê é o que vai obter.
tip-satisfaction-curve = Desenha a nota de satisfação de cada momento como uma curva dentro do anel, para mostrar onde a experiência cai.
tip-png = Uma imagem em bitmap, pronta para slides
tip-svg = Um desenho vetorial com texto editável
tip-csv = Os momentos como valores separados por vírgulas, um por linha
tip-xlsx = Os momentos como pasta de trabalho do Excel, um por linha
text-as-paths = Texto como contornos
tip-text-as-paths = Só SVG: o texto vira formas, e a imagem fica igual em qualquer computador, mesmo sem a fonte do Ciclo. Escolha para slides; o texto deixa de ser editável.
tip-moment = Um momento da verdade é qualquer instante em que o cliente entra em contato com o serviço (uma pessoa, uma ligação, uma página da web, uma placa) e julga sua qualidade.
tip-cycle = O ciclo de serviço é a sequência completa de momentos da verdade que um cliente vive para obter o serviço, desenhada em sentido horário num mostrador de relógio.
tip-name = Um nome curto para o momento, escrito ao lado do seu nó.
tip-description = O que acontece neste momento, visto pelo lado do cliente.
tip-channel = Como o cliente entra em contato com o serviço aqui: pessoalmente, por telefone, pela internet…
tip-expectations = O que o cliente espera receber neste momento.
tip-own-expectations = Expectativas com suas próprias palavras, além das cinco de sempre.
tip-critical = Um momento da verdade crítico é aquele em que as necessidades do cliente não são atendidas; o desenho o marca em vermelho, com um contorno mais grosso.
tip-causes = Por que o cliente sai insatisfeito deste momento.
tip-satisfaction = Quão satisfeitos os clientes estão com este momento, de 1 (muito insatisfeito) a 5 (muito satisfeito), por exemplo segundo uma pesquisa CSAT.
tip-clear-satisfaction = Remove a nota: ainda não foi medido.
tip-standard = O nível de serviço mensurável combinado para este momento, por exemplo “telefone atendido em até 3 toques”.
tip-improvement = O que será feito para melhorar este momento.
tip-owner = Quem é responsável pela melhoria.
tip-notes = Qualquer outra coisa que valha a pena lembrar sobre este momento.
tip-title = O título escrito no alto da imagem.
tip-organization = A empresa ou equipe que presta este serviço.
tip-cycle-description = O que este ciclo abrange e quem o montou.
tip-customer = Quem é o cliente: o cliente externo que paga, ou um colega interno que recebe o seu trabalho.
tip-promise = O que a organização promete a seus clientes; deve ser mensurável, para que se possa verificar se é cumprida.
tip-primary = O pacote de serviço principal: aquilo que o cliente realmente vem buscar.
tip-secondary = O pacote de serviço secundário: o que acompanha o serviço principal (estacionamento, Wi-Fi, café…).
tip-evaluation = Como a organização ouve seus clientes para avaliar o serviço e planejar melhorias.
tip-principles = Os princípios do bom atendimento que este momento põe à prova.
tip-evaluation-section = Como este momento está indo para o cliente: se falha com ele, por quê, e quão satisfeito ele fica.
tip-improvement-section = O nível de serviço combinado para este momento, e o que será feito para alcançá-lo.
tip-services = O que a organização oferece: o serviço principal que o cliente vem buscar, e o que vem junto.
tip-document-language = O idioma dos rótulos que a imagem acrescenta (Início, Fim, legenda).
cmd-present = Apresentar
tip-present = Mostra o ciclo em tela cheia, um momento de cada vez, para o grupo
cmd-analysis = Análise
tip-analysis = Contagens, satisfação, princípios e expectativas por momento, as causas de insatisfação e os momentos críticos sem plano
cmd-new-from-template = Novo a partir de modelo…
tip-new-from-template = Começar de um dos ciclos de exemplo
cmd-export-report = Exportar relatório…
tip-export-report = Grava o relatório da oficina (HTML ou Markdown): a imagem, cada momento, a análise e o plano de melhorias
cmd-export-slides = Exportar slides…
tip-export-slides = Grava um slide para o ciclo inteiro e um por momento, como imagens PNG de 1920×1080 numa pasta
present-hint = Seta para a direita ou Espaço: avançar  ·  Seta para a esquerda: voltar  ·  Esc: sair
present-exit = Sair da apresentação (Esc)
present-cycle = O ciclo inteiro
analysis-title = Análise do ciclo
an-empty = Adicione momentos da verdade para ver a análise.
scored-line = ({ $scored } de { $moments } avaliados)
an-no-score = nenhum momento avaliado ainda
an-missing-plans = Momentos críticos sem um plano completo
an-click-to-select = Clique para selecionar este momento no editor
an-causes = Causas de insatisfação, por momentos atingidos
an-no-causes = Nenhuma causa de insatisfação registrada ainda.
an-principles = Momentos × princípios do bom atendimento
an-expectations = Momentos × expectativas do cliente
gallery-hint = Cada modelo é um ciclo realista para adaptar. Ele abre como um ciclo novo, ainda não salvo.
report-written = Relatório gravado:
report-failed = Não foi possível gravar o relatório
slides-written = Slides gravados:
slides-failed = Não foi possível gravar os slides
critical-count = { $count ->
        [0] { $count } críticos
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo de serviço
dialogs-save-service-cycle = Salvar ciclo de serviço
dialogs-export-report = Exportar relatório
dialogs-slides-folder = Escolha uma pasta para os slides
default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir arquivo recente
cmd-rename = Renomear momento
tip-rename = Leva o cursor ao nome do momento selecionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Encontre qualquer comando digitando parte do nome (Ctrl+Shift+P)
palette-hint = Digite para encontrar um comando
palette-nothing = Nenhum comando tem esse nome
cmd-dismiss = Fechar ou desmarcar
tip-dismiss = Fecha a janela ou o diálogo de cima; se não houver nenhum, desfaz a seleção (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Sobre o ciclo
report-picture = O ciclo
report-own-words = nas palavras do cliente
report-critical = Crítico
report-yes = sim
report-no = não
report-causes = Causas de insatisfação
report-not-scored = sem avaliação
report-plan = Plano de melhorias
report-plan-order = Primeiro os momentos críticos (marcados com !), depois os demais, cada grupo na ordem do ciclo.
report-no-plan = Nenhum momento tem ainda uma ação de melhoria.
report-action = Ação
report-count = Momentos
report-cause = Causa
report-unknown-format = não dá para saber o formato do relatório { $path }; dê ao arquivo a extensão .md ou .html
report-picture-failed = não foi possível desenhar a imagem do relatório: { $error }

## Oficinas ao vivo
menu-workshop = Oficina
cmd-host-workshop = Conduzir uma oficina
tip-host-workshop = Deixa as pessoas desta rede editarem este ciclo com você, ao vivo, do próprio Ciclo
cmd-join-workshop = Entrar numa oficina…
tip-join-workshop = Edite um ciclo que outra pessoa conduz, junto com o restante do grupo
cmd-leave-workshop = Sair da oficina
tip-leave-workshop = Para de editar em grupo; o ciclo continua aberto aqui como documento não salvo
ws-live = Ao vivo
ws-people = { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = recusado
ws-host-failed = Não foi possível conduzir a oficina
ws-join-failed = Não foi possível entrar na oficina
ws-name-title = Seu nome
ws-name-hint = Os outros o verão ao lado do que você selecionar; sua cor vem dele.
ws-join-title = Entrar numa oficina
ws-join-hint = Cole o endereço que a pessoa que conduz mostra (começa com http:// ou ws://):
ws-join = Entrar
ws-panel-title = Entre nesta oficina
ws-panel-hint = Celulares e notebooks: escaneiem o código ou digitem o endereço no navegador. Janelas do Ciclo: Oficina > Entrar numa oficina… e colem o endereço.
ws-copy = Copiar o endereço
ws-token = Chave
ws-firewall = Se ninguém conseguir se conectar, libere o Ciclo (porta TCP { $port }) no firewall deste computador.
ws-browsers-edit-tip = Desmarque para que celulares e navegadores só possam olhar o ciclo; as janelas do Ciclo continuam podendo editar.
ws-browsers-edit = Quem entra pelo navegador pode editar
ws-qr-label = Código QR do endereço da oficina: aponte a câmera do celular para entrar
ws-participants = Participantes
ws-you = você
ws-show-panel = Mostrar o endereço para entrar
ws-on-moment = { $name } está com este momento selecionado
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Adicionar foto…
photo-add-tip = Adicione fotos deste momento (JPEG, PNG ou WebP); também pode arrastá-las para o momento ou para cá
photo-caption = Legenda
photo-earlier = Subir esta foto
photo-later = Descer esta foto
photo-remove-tip = Tirar esta foto do momento (o arquivo continua no disco)
photo-remove = Tirar
photo-loading = carregando…
photo-filter = Imagens
photo-word = Foto
cmd-export-pdf = Exportar apresentação PDF…
cmd-export-pdf-tip = Grava todos os slides num único PDF, com texto de verdade e as fotos, pronto para mandar por e-mail
cmd-export-pptx = Exportar apresentação PowerPoint…
cmd-export-pptx-tip = Grava todos os slides num arquivo do PowerPoint (.pptx), com títulos e notas do apresentador
deck-written = Apresentação gravada:
deck-dialog-title = Exportar apresentação
photo-not-found = foto não encontrada
photo-unreadable = não foi possível ler a foto
photo-not-a-file = isto não é um arquivo
photo-too-large = { $mp } megapixels, acima do limite de { $max }; salve uma cópia menor
photo-broken = não é uma imagem JPEG, PNG ou WebP
photo-not-loaded = foto não carregada
exporting = Gravando { $path }… { $seconds } s
exporting-then-closing = Gravando { $path }… { $seconds } s. O Ciclo fecha assim que terminar.
export-stopped = A exportação parou antes de terminar; tente de novo.

## A ajuda da linha de comando (\`ciclo --help\`, \`ciclo COMMAND --help\`) e os erros de uso.
## help-COMMAND é o resumo de um comando; help-COMMAND-ARG, o texto de um argumento ou opção;
## help-any-ARG vale para todos os comandos que têm ARG.
help-ciclo = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.
help-ciclo-long = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.

    Sem comando (ou com um arquivo .ron), abre a janela do editor.

    O Ciclo usa o idioma do sistema se o conhecer (inglês, espanhol, russo, português); CICLO_LANG=es (ou en, ru, pt) escolhe outro.
help-ciclo-file = Um ciclo para abrir na janela.
help-export = Desenha um ciclo como imagem PNG ou SVG, ou grava seus momentos numa planilha CSV ou XLSX.
help-export-output = O arquivo de saída: .png ou .svg (a imagem), .csv ou .xlsx (uma linha por momento).
help-export-background = white (o padrão), transparent ou uma cor no formato #rrggbb.
help-any-satisfaction_curve = Desenha a curva de satisfação dentro do anel.
help-export-text_as_paths = Só SVG: grava o texto como contornos, para que o arquivo fique idêntico ao PNG em qualquer computador (bom para slides); depois disso, o texto não pode mais ser editado.
help-check = Verifica ciclos: uma linha por arquivo; sai com código 1 se algum for inválido.
help-check-files = Os ciclos (.ron).
help-check-summary = Mostra também a análise de cada ciclo válido: proporção de momentos críticos, satisfação média, princípios e expectativas por momento, causas de insatisfação e momentos críticos sem plano.
help-report = Grava o relatório da oficina: dados do ciclo, imagem, cada momento, análise e plano de melhorias, em Markdown (com o PNG ao lado) ou num único HTML autossuficiente.
help-report-output = O relatório de saída: .md ou .html.
help-new = Cria um ciclo novo, vazio ou a partir de um modelo.
help-new-output = O arquivo a ser criado.
help-new-template = Um modelo (veja \`ciclo templates\`).
help-new-lang = Idioma do ciclo novo: en, es, ru ou pt (por padrão, o que o Ciclo usa: o de CICLO_LANG ou o do sistema).
help-new-force = Substitui o arquivo se ele já existir.
help-templates = Lista os modelos.
help-help = Explica um comando (\`ciclo help export\`) ou o formato do arquivo de ciclo (\`ciclo help format\`).
help-help-topic = Um comando, ou \`format\`.
help-serve = Conduz uma oficina ao vivo: uma sala por ciclo, na qual os participantes entram pelo próprio Ciclo (ou por qualquer cliente Yjs) na mesma rede; cada arquivo é gravado à medida que muda.
help-serve-files = Os ciclos (.ron); cada sala recebe o nome do seu arquivo.
help-serve-port = A porta TCP em que escutar (7420 por padrão).
help-serve-bind = O endereço em que escutar (por padrão, todos os deste computador: 0.0.0.0).
help-serve-token = O token que os participantes precisam informar (por padrão, 10 letras e números aleatórios, fáceis de ler no projetor).
help-serve-view_only = Os navegadores só podem olhar: quem entra pela página de participante vê o ciclo ao vivo, mas não pode alterá-lo. As janelas do Ciclo continuam podendo editar.
help-sync = Mantém um arquivo de ciclo em sincronia com uma sala de oficina, nos dois sentidos e sem janela: as mudanças da sala são gravadas no arquivo, e o que for salvo no arquivo chega à sala.
help-sync-url = O endereço da sala, como o anfitrião mostra: http://HOST:PORT/ROOM?token=… (ws://, wss:// e https:// também servem).
help-sync-file = O ciclo (.ron); se a sala estiver vazia, ele a preenche.
help-sync-ca = Para wss://: confia também nas autoridades certificadoras deste arquivo PEM (para um servidor com certificado de uma CA privada). SSL_CERT_FILE, quando definida, também é considerada confiável.
help-sync-replace = Aceita a sala mesmo que ela tenha um ciclo diferente do arquivo (o arquivo é guardado como ARQUIVO.bak).
help-join = Abre a janela já conectada a uma oficina ao vivo (como faz Oficina ▸ Entrar numa oficina…).
help-join-url = O endereço da sala, como mostrado por quem conduz a oficina: http://HOST:PORT/ROOM?token=… (ws://, wss:// e https:// também servem).
help-slides = Grava os slides de uma apresentação: o ciclo e depois um slide por momento, como apresentação PDF (-o deck.pdf), apresentação do PowerPoint (-o deck.pptx) ou uma pasta de PNGs (-o folder).
help-slides-output = A apresentação de saída: um arquivo .pdf ou .pptx, ou uma pasta para os PNGs (criada se não existir).
help-any-file = O ciclo (.ron).
help-any-width = Largura em pixels (1920 por padrão).
help-any-height = Altura em pixels (1080 por padrão).
help-any-help = Mostra esta ajuda.
help-any-version = Mostra a versão do Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opções:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } não é uma opção deste comando
cli-usage-did-you-mean = você quis dizer { $suggestion }?
cli-usage-unknown-command = não existe o comando \`{ $name }\`
cli-usage-invalid-value = { $arg } não aceita o valor { $value }; aceita: { $valid }
cli-usage-bad-value = { $value } não é um valor válido para { $arg }
cli-usage-bad-background = { $value } não serve como fundo para { $arg }: use white, transparent ou uma cor no formato #rrggbb (seis dígitos hexadecimais, como #f0f0f0)
cli-usage-not-a-number = { $value } não é um valor para { $arg }: é preciso um número inteiro
cli-usage-missing = este comando precisa de { $args }
cli-usage-conflict = { $arg } não pode ser usado junto com { $other }
cli-usage-other = não foi possível entender a linha de comando: { $detail }
cli-usage-more = Para ver o que o comando aceita: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Satisfação meta
tip-target = A satisfação que a melhoria busca, de 1 a 5 (a nota desejada).
tip-clear-target = Remover a meta.
inspector-due = Prazo
tip-due = Quando a melhoria deve estar pronta, como AAAA-MM-DD.
inspector-authors = Autores
tip-authors = Quem fez este ciclo, para a capa da apresentação.
inspector-date = Data
tip-cycle-date = A data da capa, como AAAA-MM-DD.
inspector-date-hint = AAAA-MM-DD
inspector-not-a-date = Não é uma data real, por isso não é guardada: escreva-a como AAAA-MM-DD, por exemplo 2027-03-31.
`;var fc={en:dc,es:pc,ru:uc,pt:hc};function gc(t){for(let e of t){let o=String(e||"").toLowerCase().split(/[-_]/)[0];if(Object.hasOwn(fc,o))return o}return"en"}function mc(t){let e=new wo(t,{useIsolating:!1});return e.addResource(new vo(fc[t])),e}function wc(t){let e=mc(t),o=t==="en"?e:mc("en");return function(r,i){for(let s of[e,o]){let a=s.getMessage(r);if(a&&a.value)return s.formatPattern(a.value,i)}return r}}function On(t){let e=new TextEncoder().encode(t.trim().toLowerCase()),o=2166136261;for(let a of e)o=Math.imul(o^a,16777619)>>>0;let[n,r,i]=uu(o%360,.65,.45),s=a=>a.toString(16).padStart(2,"0");return"#"+s(n)+s(r)+s(i)}function uu(t,e,o){let n=(1-Math.abs(2*o-1))*e,r=t/60,i=n*(1-Math.abs(r%2-1)),s=[[n,i,0],[i,n,0],[0,n,i],[0,i,n],[i,0,n]][Math.trunc(r)]||[n,0,i],a=o-n/2;return s.map(c=>Math.min(255,Math.max(0,Math.round((c+a)*255))))}function ai(t){let e=t.split(/\s+/u).filter(Boolean);if(e.length===0)return"?";let o=n=>Array.from(n);return e.length===1?o(e[0]).slice(0,2).join("").toUpperCase():(o(e[0])[0]+o(e[e.length-1])[0]).toUpperCase()}function vc(t){return typeof t=="string"&&/^#[0-9a-fA-F]{6}$/.test(t)?t:null}var Nn="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";var ci=t=>{let e=Nn.indexOf(t);return e<0?null:e},yc=t=>[...t].every(e=>ci(e)!==null)&&!t.endsWith("0");function bc(t,e){return t=t??"",!yc(t)||e!=null&&(!yc(e)||e===""||!(t<e))?null:li(t,e)}function li(t,e){if(e!=null){let i=(a,c)=>c<a.length?a[c]:"0",s=0;for(;s<e.length&&i(t,s)===e[s];)s++;if(s>0){let a=li(t.slice(s),e.slice(s));return a===null?null:e.slice(0,s)+a}}let o=t.length?ci(t[0]):0,n=62;if(e!=null){if(!e.length)return null;n=ci(e[0])}if(n>o+1)return Nn[Math.floor((o+n)/2)];if(e!=null&&e.length>1)return e[0];let r=li(t.slice(1),null);return r===null?null:Nn[o]+r}function xc(t){let e=1,o=61;for(;o<t;)e++,o*=62;let n=Math.floor((o+1)/(t+1)),r=[];for(let i=1;i<=t;i++){let s=i*n,a=new Array(e).fill("0");for(let c=e-1;c>=0;c--)a[c]=Nn[s%62],s=Math.floor(s/62);for(;a.length&&a[a.length-1]==="0";)a.pop();r.push(a.join(""))}return r}function kc(t,e){return t.order<e.order?-1:t.order>e.order?1:t.id-e.id}var qn=t=>t>=56320&&t<=57343;function Sc(t,e,o=e.length){if(t===e)return null;let n=Math.min(t.length,e.length),r=Math.max(0,e.length-Math.min(Math.max(o,0),e.length)),i=0;for(;i<Math.min(n,r)&&t.charCodeAt(t.length-1-i)===e.charCodeAt(e.length-1-i);)i++;let s=0;for(;s<n-i&&t.charCodeAt(s)===e.charCodeAt(s);)s++;for(;s>0&&(qn(e.charCodeAt(s))||qn(t.charCodeAt(s)));)s--;for(;i>0&&(qn(e.charCodeAt(e.length-i))||qn(t.charCodeAt(t.length-i)));)i--;return{index:s,remove:t.length-s-i,insert:e.slice(s,e.length-i)}}function di(t,e){let o=0,n=0;for(let r of e){if(r.retain!=null)o+=r.retain;else if(r.insert!=null){let i=typeof r.insert=="string"?r.insert.length:1;o<t&&(n+=i)}else r.delete!=null&&(o<t&&(n-=Math.min(r.delete,t-o)),o+=r.delete);if(o>=t&&r.retain!=null)break}return Math.max(0,t+n)}var hu="http://www.w3.org/2000/svg",mu=new Set(["svg","g","rect","circle","ellipse","line","polyline","polygon","path","text","tspan","image","title","desc","defs","clipPath","linearGradient","radialGradient","stop","mask"]),fu=/^(#|data:image\/(png|jpeg|webp|gif);base64,)/i;function $c(t){let e=[t,...t.getElementsByTagName("*")];for(let o of e.reverse()){if(o.namespaceURI!==hu||!mu.has(o.localName)){o.remove();continue}for(let n of[...o.attributes]){let r=n.localName.toLowerCase();(r.startsWith("on")||r==="style"||r==="href"&&!fu.test(n.value.trim())||/^\s*(javascript|vbscript):/i.test(n.value))&&o.removeAttributeNode(n)}}return t}async function Ec(t,e,o){let n=await createImageBitmap(t,{imageOrientation:"from-image"});try{let r=Math.min(1,e/Math.max(n.width,n.height)),i=Math.max(1,Math.round(n.width*r)),s=Math.max(1,Math.round(n.height*r)),a=document.createElement("canvas");a.width=i,a.height=s;let c=a.getContext("2d");c.fillStyle="#ffffff",c.fillRect(0,0,i,s),c.imageSmoothingQuality="high",c.drawImage(n,0,0,i,s);let l=await new Promise(d=>a.toBlob(d,"image/jpeg",o));if(!l)throw new Error("encode");return l}finally{n.close?.()}}var pi=["InPerson","Phone","Web","App","Email","Chat","SocialMedia","Advertising","PointOfSale","ProductUse","WordOfMouth","Other"],Cc=["Warmth","Speed","Information","Guarantees","Advice"],Ac=["Reliability","Credibility","Attractiveness","Agility","Interest","Teamwork"],Tc=["Apathy","BrushOff","Coldness","Superiority","Robotism","Rulebook","Evasion","BrokenPromise","Misinformation","LongWait","PoorCommunication"];var Ic=Symbol("page"),Mc="ciclo.name",ki=t=>document.querySelector(`meta[name="${t}"]`)?.getAttribute("content")??"",gu=ki("ciclo-room"),G=ki("ciclo-can-edit")==="true",Dc=new URLSearchParams(location.search).get("token")??"",Oc=location.pathname.replace(/\/+$/,""),Nc=gc([ki("ciclo-lang"),...navigator.languages||[navigator.language]].filter(Boolean)),w=wc(Nc);document.documentElement.lang=Nc;var Si=(t,e={})=>{let o=new URLSearchParams({token:Dc,...e});return`${Oc}${t}?${o}`},tt=new He,Oe=tt.getMap("moments"),qc=tt.getMap("cycle"),wu=(location.protocol==="https:"?"wss://":"ws://")+location.host,W=new _n(wu,Oc.slice(1),tt,{params:{token:Dc},disableBc:!0,connect:!1}),xo=W.awareness;xo.setLocalState(null);function m(t,e={},...o){let n=document.createElement(t);for(let[r,i]of Object.entries(e))i==null||i===!1||(r==="text"?n.textContent=i:r==="class"?n.className=i:r.startsWith("on")&&typeof i=="function"?n.addEventListener(r.slice(2),i):n.setAttribute(r,i===!0?"":String(i)));for(let r of o.flat())r!=null&&r!==!1&&n.append(r);return n}var vu=0,Dt=t=>`${t}-${++vu}`,Rc=(t,e)=>{let o=t?.get(e);return o instanceof he?o.toString():typeof o=="string"?o:""},Vn=t=>t.replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]/gu,"")!=="";function Ot(){let t=[];return Oe.forEach((e,o)=>{if(!(e instanceof z)||!/^[1-9][0-9]{0,15}$/.test(o))return;let n=e.get("order");t.push({id:Number(o),key:o,map:e,order:typeof n=="string"?n:""})}),t.sort(kc)}var wi=t=>{let e=Rc(t.map,"name");return Vn(e)?e:String(t.id)},yu=(t,e,o)=>{let n=t.get(e);return n instanceof z&&n.get(o)===!0},Pc=t=>{let e=t.get("satisfaction");return Number.isInteger(e)&&e>=1&&e<=5?e:null},vi=t=>{let e=t.get("channel");return pi.includes(e)?e:"InPerson"},Lc=document.getElementById("app"),yi=m("h1",{class:"title"}),Rn=m("span",{class:"status",role:"status"}),ko=m("button",{type:"button",class:"people","aria-expanded":"false","aria-controls":"participants"}),jn=m("div",{id:"participants",class:"participants",hidden:!0}),jc=m("header",{class:"bar"},m("div",{class:"bar-main"},yi,m("div",{class:"bar-side"},Rn,ko)),jn),bi=m("p",{class:"notice",role:"alert",hidden:!0}),bu=G?null:m("p",{class:"note view-only",text:w("page-view-only")}),Ce=m("figure",{class:"picture","aria-describedby":"moments-heading"}),bo=m("p",{class:"picture-state",text:w("page-picture-loading")}),xu=m("h2",{id:"moments-heading",text:w("page-moments")}),Pn=m("ol",{class:"moments","aria-labelledby":"moments-heading"}),Vc=m("p",{class:"note",text:w("page-no-moments"),hidden:!0});Lc.replaceChildren(jc,m("div",{class:"layout"},m("section",{class:"stage","aria-label":w("service-cycle")},bi,bu,Ce,bo),m("section",{class:"side"},xu,Vc,Pn)));Lc.removeAttribute("aria-busy");var te="";try{te=localStorage.getItem(Mc)||""}catch{}function Bn(t){if(!te)return;let e=xo.getLocalState();xo.setLocalState({user:{name:te,color:On(te)},selection:t!==void 0?t:e?.selection??null,dragging:!1})}function Bc(){let t=m("input",{id:"your-name",type:"text",autocomplete:"nickname",maxlength:"60",required:!0,enterkeyhint:"go","aria-describedby":"your-name-hint"});t.value=te;let e=m("dialog",{class:"name-prompt","aria-labelledby":"your-name-title"}),o=m("form",{method:"dialog"},m("h2",{id:"your-name-title",text:w("ws-name-title")}),m("label",{for:"your-name",class:"field-label",text:w("name")}),t,m("p",{id:"your-name-hint",class:"hint",text:w("ws-name-hint")}),m("button",{type:"submit",class:"primary",text:w("page-join")}));o.addEventListener("submit",n=>{n.preventDefault();let r=t.value.trim();if(!Vn(r)){t.focus();return}te=r;try{localStorage.setItem(Mc,r)}catch{}e.close(),e.remove(),Bn(we?.id!=null?String(we.id):null),Ei()}),e.addEventListener("cancel",n=>{te||n.preventDefault()}),e.append(o),document.body.append(e),e.showModal(),t.focus()}function $i(){let t=[];return xo.getStates().forEach((e,o)=>{if(o===tt.clientID)return;let n=e?.user?.name;typeof n!="string"||!Vn(n)||t.push({client:o,name:n.slice(0,80),color:vc(e.user.color)??On(n),selection:typeof e.selection=="string"?e.selection:null})}),t.sort((e,o)=>e.name.localeCompare(o.name)||e.client-o.client)}function Ln(t){let e=m("span",{class:"badge",text:ai(t.name),"aria-hidden":"true"});return e.style.backgroundColor=t.color,e}function Ei(){let t=$i(),e=t.length+(te?1:0);ko.replaceChildren(...t.slice(0,4).map(Ln),m("span",{text:w("ws-people",{count:e})})),ko.setAttribute("aria-label",`${w("ws-participants")}: ${w("ws-people",{count:e})}`);let o=[];te&&o.push(m("li",{},Ln({name:te,color:On(te)}),m("span",{text:`${te} (${w("ws-you")})`}),m("button",{type:"button",class:"link",text:w("page-change-name"),onclick:Bc})));for(let n of t)o.push(m("li",{},Ln(n),m("span",{text:n.name})));jn.replaceChildren(m("h2",{text:w("ws-participants")}),m("ul",{},o)),zn(),Ui()}ko.addEventListener("click",()=>{let t=jn.hidden;jn.hidden=!t,ko.setAttribute("aria-expanded",String(t))});xo.on("change",()=>Fn(Ei));var xi=!1,So=!1;function Ci(){let t="ws-connecting",e="connecting";W.wsconnected?(t="ws-connected",e="connected"):xi&&(t="ws-reconnecting",e="reconnecting"),So&&(t="ws-refused",e="refused"),Rn.className=`status ${e}`,Rn.replaceChildren(m("span",{class:"dot","aria-hidden":"true"}),m("span",{text:w(t)})),Rn.setAttribute("aria-label",`${w("page-connection")}: ${w(t)}`),So||Fc(xi&&!W.wsconnected?w("page-offline"):"")}function Fc(t){bi.textContent=t,bi.hidden=!t}function zc(){So=!0,W.disconnect(),Fc(w("page-token-refused")),bo.hidden=!0,Ci()}W.on("status",({status:t})=>{t==="connected"&&(xi=!0),Ci()});W.on("sync",t=>{t&&(Fn(Wc),et(0))});function Ai(){So||!navigator.onLine||(W.wsconnected?Date.now()-W.wsLastMessageReceived>2e4&&W.ws?.close():W.ws===null&&(W.wsUnsuccessfulReconnects=0,W.connect()),et(0))}document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&Ai()});window.addEventListener("online",Ai);window.addEventListener("pageshow",t=>{t.persisted&&Ai()});var ui=new Set,hi=0;function Fn(t){ui.add(t),hi||(hi=requestAnimationFrame(()=>{hi=0;let e=[...ui];ui.clear();for(let o of e)o()}))}var Gc=0;tt.on("update",()=>{Gc++,et(100)});Oe.observeDeep(()=>Fn(Wc));qc.observeDeep(()=>Fn(Ti));function Wc(){Ti(),zn(),Au()}function Ti(){let t=Rc(qc,"title");yi.textContent=Vn(t)?t:gu||w("service-cycle"),document.title=`${yi.textContent} · Ciclo`}var yo=new Map;function zn(){let t=Ot(),e=new Map;for(let n of $i())n.selection&&(e.has(n.selection)||e.set(n.selection,[]),e.get(n.selection).push(n));Vc.hidden=t.length>0||!W.synced;let o=new Set;t.forEach((n,r)=>{o.add(n.id);let i=yo.get(n.id);if(!i){i=m("li",{class:"moment"});let u=m("button",{type:"button",class:"moment-open","data-id":String(n.id)});u.addEventListener("click",()=>Ii(n.id,u)),i.append(u),yo.set(n.id,i)}let s=i.firstChild,a=n.map.get("critical")===!0,c=Pc(n.map),l=e.get(String(n.id))??[];i.classList.toggle("critical",a);let d=[m("span",{class:"number",text:String(r+1),"aria-hidden":"true"}),m("span",{class:"moment-text"},m("span",{class:"moment-name",text:wi(n)}),m("span",{class:"moment-meta"},a?m("span",{class:"critical-tag",text:w("page-critical")}):null,m("span",{text:w(`channel-${vi(n.map)}`)}),c?m("span",{text:w("page-satisfaction",{score:c})}):null)),l.length?m("span",{class:"who"},l.map(Ln)):null];s.replaceChildren(...d.filter(Boolean));let p=[`${r+1}. ${wi(n)}`];a&&p.push(w("page-critical")),p.push(w(`channel-${vi(n.map)}`)),c&&p.push(w("page-satisfaction",{score:c}));for(let u of l)p.push(w("ws-on-moment",{name:u.name}));s.setAttribute("aria-label",p.join(", ")),we?.id===n.id?s.setAttribute("aria-current","true"):s.removeAttribute("aria-current"),Pn.children[r]!==i&&Pn.insertBefore(i,Pn.children[r]??null)});for(let[n,r]of yo)o.has(n)||(r.remove(),yo.delete(n))}var S={busy:!1,again:!1,timer:0,due:0,rev:null,w:0,h:0,ids:[],shown:-1,tries:0};function Hc(){let t=Math.round(Ce.clientWidth||window.innerWidth),e=jc.getBoundingClientRect().height,o=window.matchMedia("(min-width: 900px)").matches,n=window.innerHeight-e-(o?24:16);o||(n=Math.min(n,Math.round(t*1.25)));let r=i=>Math.max(200,Math.min(4e3,i));return{w:r(t),h:r(Math.round(n))}}function et(t){if(So)return;let e=Date.now()+t;S.timer&&S.due<=e||(clearTimeout(S.timer),S.due=e,S.timer=setTimeout(()=>{S.timer=0,ku()},t))}async function ku(){if(S.busy){S.again=!0;return}S.busy=!0;let{w:t,h:e}=Hc(),o=Ot().map(i=>i.id),n=Gc,r=0;try{let i=await fetch(Si("/picture.svg",{w:t,h:e}),{cache:"no-cache",credentials:"same-origin"});if(i.status===401){zc();return}if(!i.ok)throw new Error(String(i.status));let s=i.headers.get("X-Ciclo-Revision"),a=await i.text();s!==null&&s===S.rev&&t===S.w&&e===S.h?n>S.shown&&S.tries<4?(S.tries++,r=150):(S.ids=o,S.shown=n,Ui()):(Su(a,o),S.rev=s,S.w=t,S.h=e,S.shown=n,S.tries=0),bo.hidden=!0}catch{bo.textContent=w("page-picture-failed"),bo.hidden=!1,r=3e3}finally{S.busy=!1,S.again?(S.again=!1,et(0)):r&&et(r)}}function Su(t,e){let o=new DOMParser().parseFromString(t,"image/svg+xml"),n=o.documentElement;if(!n||n.localName!=="svg"||o.getElementsByTagName("parsererror").length)throw new Error("svg");$c(n);let r=document.importNode(n,!0);r.removeAttribute("width"),r.removeAttribute("height"),r.setAttribute("role","img"),r.setAttribute("aria-label",w("page-picture")),r.setAttribute("focusable","false"),Ce.replaceChildren(r),S.ids=e,Ui()}function Uc(t){return S.ids[t-1]??Ot()[t-1]?.id??null}function $u(t){for(let n=t.target;n&&n!==Ce;n=n.parentNode)if(!(n.localName!=="g"||!n.classList))for(let r of n.classList){let i=/^(?:node|label)-([0-9]+)$/.exec(r);if(i)return Uc(Number(i[1]))}let e=null,o=32;return Ce.querySelectorAll("g.node").forEach(n=>{let r=n.querySelector("circle");if(!r)return;let i=r.getBoundingClientRect(),s=Math.hypot(t.clientX-(i.left+i.width/2),t.clientY-(i.top+i.height/2))-i.width/2,a=[...n.classList].map(c=>/^node-([0-9]+)$/.exec(c)).find(Boolean);a&&s<o&&(o=s,e=Uc(Number(a[1])))}),e}Ce.addEventListener("click",t=>{let e=$u(t);e!=null&&Oe.has(String(e))&&Ii(e,null)});var mi="http://www.w3.org/2000/svg";function Ui(){let t=Ce.querySelector("svg");if(!t)return;t.querySelector("g.presence")?.remove();let e=document.createElementNS(mi,"g");e.setAttribute("class","presence");let o=new Map;for(let n of $i()){let r=S.ids.indexOf(Number(n.selection));if(r<0)continue;let i=t.querySelector(`g.node-${r+1} circle`);if(!i)continue;let s=o.get(r)??0;o.set(r,s+1);let a=Number(i.getAttribute("cx")),c=Number(i.getAttribute("cy")),l=Number(i.getAttribute("r")),d=document.createElementNS(mi,"circle");d.setAttribute("cx",a),d.setAttribute("cy",c),d.setAttribute("r",l*(1.3+.3*s)),d.setAttribute("fill","none"),d.setAttribute("stroke",n.color),d.setAttribute("stroke-width",Math.max(2,l*.16)),e.append(d);let p=document.createElementNS(mi,"text");p.setAttribute("x",a+l*(1.1+.3*s)),p.setAttribute("y",c-l*(1.1+.3*s)),p.setAttribute("font-size",Math.max(11,l*.7)),p.setAttribute("font-weight","600"),p.setAttribute("fill",n.color),p.textContent=ai(n.name),e.append(p)}t.append(e)}var _c=0,_i=()=>{let t=Ce.clientWidth;(t!==_c||Hc().h!==S.h)&&(_c=t,et(150))};new ResizeObserver(_i).observe(Ce);window.addEventListener("resize",_i);window.addEventListener("orientationchange",_i);var ge=m("dialog",{class:"card","aria-labelledby":"card-title"});document.body.append(ge);ge.addEventListener("close",()=>{let t=we?.id;we?.destroy(),we=null,Bn(null),zn();let e=t!=null&&yo.get(t)?.firstChild;e&&document.body.contains(e)&&e.focus({preventScroll:!0})});ge.addEventListener("click",t=>{t.target===ge&&ge.close()});var we=null;function Ze(t){G&&tt.transact(t,Ic)}function Eu(t,e,o){let n=null,r=(s,a)=>{if(a.origin===Ic)return;let c=document.activeElement===o,l=o.selectionStart,d=o.selectionEnd,p=o.selectionDirection;o.value=n.toString(),c&&l!=null&&o.setSelectionRange(di(l,s.delta),di(d,s.delta),p||"none")},i=()=>{let s=t.get(e),a=s instanceof he?s:null;a!==n&&(n?.unobserve(r),n=a,n?.observe(r),o.value=n?n.toString():"")};return o.addEventListener("input",()=>{if(!G)return;let s=n?n.toString():"",a=o.value,c=Sc(s,a,o.selectionEnd??a.length);c&&Ze(()=>{n||(t.set(e,new he),i()),c.remove&&n.delete(c.index,c.remove),c.insert&&n.insert(c.index,c.insert)})}),i(),{refresh:i,destroy:()=>n?.unobserve(r)}}function fi(t,e,o,n){let r=Dt(e),i=n?m("textarea",{id:r,rows:"3",disabled:!G}):m("input",{id:r,type:"text",disabled:!G,autocomplete:"off",enterkeyhint:"done"}),s=Eu(t,e,i);return{node:m("div",{class:"field"},m("label",{for:r,class:"field-label",text:o}),i),binding:s,control:i}}function Cu(t,e,o,n){Ze(()=>{let r=t.get(e);r instanceof z||(r=new z,t.set(e,r)),n?r.set(o,!0):r.delete(o)})}function gi(t,e,o,n,r){let i=n.map(c=>{let l=Dt(`${e}-${c}`),d=m("input",{type:"checkbox",id:l,disabled:!G,"aria-describedby":`${l}-tip`});d.addEventListener("change",()=>Cu(t,e,c,d.checked));let p=m("div",{class:"check"},d,m("div",{class:"check-text"},m("label",{for:l,text:w(`${r}-${c}`)}),m("span",{id:`${l}-tip`,class:"tip",text:w(`${r}-${c}-tip`)})));return{v:c,box:d,row:p}}),s=m("fieldset",{class:"group"},m("legend",{text:o}),i.map(c=>c.row)),a=()=>{for(let c of i)c.box.checked=yu(t,e,c.v)};return a(),{node:s,refresh:a}}function Ii(t,e){let o=Oe.get(String(t));if(!(o instanceof z))return;we&&we.destroy();let n=o,r=m("p",{class:"kicker"}),i=m("h2",{id:"card-title",tabindex:"-1"}),s=m("button",{type:"button",class:"close","aria-label":w("page-close"),text:"×",onclick:()=>ge.close()}),a=fi(n,"name",w("name"),!1),c=fi(n,"description",w("description"),!0),l=fi(n,"notes",w("notes"),!0),d=Dt("channel"),p=m("select",{id:d,disabled:!G},pi.map(j=>m("option",{value:j,text:w(`channel-${j}`)})));p.addEventListener("change",()=>Ze(()=>n.set("channel",p.value)));let u=gi(n,"expectations",w("expectations-2"),Cc,"expectation"),h=gi(n,"principles",w("principles-2"),Ac,"principle"),f=gi(n,"causes",w("causes"),Tc,"cause"),x=Dt("critical"),N=m("input",{type:"checkbox",id:x,disabled:!G,"aria-describedby":`${x}-tip`});N.addEventListener("change",()=>Ze(()=>n.set("critical",N.checked)));let Ne=m("div",{class:"check critical-check"},N,m("div",{class:"check-text"},m("label",{for:x,text:w("critical-moment-2")}),m("span",{id:`${x}-tip`,class:"tip",text:w("tip-critical")}))),Nt=Dt("sat"),ot=["sat-very-low","sat-low","sat-mid","sat-high","sat-very-high"],$o=[1,2,3,4,5].map(j=>{let nt=`${Nt}-${j}`,ye=m("input",{type:"radio",name:Nt,id:nt,value:String(j),disabled:!G,"aria-label":w(ot[j-1])});return ye.addEventListener("change",()=>{ye.checked&&Ze(()=>n.set("satisfaction",j))}),{n:j,radio:ye,node:m("span",{class:"score"},ye,m("label",{for:nt,text:String(j),title:w(ot[j-1]),"aria-hidden":"true"}))}}),Gn=m("button",{type:"button",class:"link",disabled:!G,text:w("clear"),"aria-label":`${w("clear")}: ${w("satisfaction-2")}`,onclick:()=>Ze(()=>n.delete("satisfaction"))}),qt=m("span",{class:"score-value","aria-live":"polite"}),Rt=m("fieldset",{class:"group satisfaction"},m("legend",{text:w("satisfaction-2")}),m("div",{class:"scores"},$o.map(j=>j.node),Gn),qt),Pt=m("ul",{class:"photos"}),g=m("p",{class:"hint",role:"status"}),y=Dt("photo"),$=m("input",{type:"file",id:y,accept:"image/*",capture:"environment",class:"visually-hidden",disabled:!G});$.addEventListener("change",()=>{let j=$.files?.[0];$.value="",j&&Uu(t,j,g)});let ve=m("label",{for:y,class:`button${G?"":" disabled"}`,text:w("photo-add")}),qe=m("section",{class:"group photos-group","aria-labelledby":`${y}-h`},m("h3",{id:`${y}-h`,text:w("photos-heading")}),Pt,G?m("div",{},$,ve):null,g),oe=m("button",{type:"button",class:"primary",disabled:!G,text:w("page-add-after"),onclick:()=>Iu(t)}),Mi=m("p",{class:"notice",role:"alert",hidden:!0,text:w("page-moment-gone")}),Yc=m("div",{class:"field"},m("label",{for:d,class:"field-label",text:w("channel")}),p),Jc=m("div",{class:"card-body"},Mi,G?null:m("p",{class:"note view-only",text:w("page-view-only")}),a.node,c.node,Yc,u.node,h.node,m("fieldset",{class:"group"},m("legend",{text:w("evaluation")}),Ne,f.node,Rt),l.node,qe,m("div",{class:"actions"},oe));ge.replaceChildren(m("div",{class:"card-head"},m("div",{},r,i),s),Jc);let Di=null,Oi=()=>{let j=Oe.get(String(t))===n;Mi.hidden=j;let nt=Ot(),ye=nt.findIndex(H=>H.id===t),Ni=vi(n);r.textContent=ye>=0?w("card-kicker",{number:ye+1,count:nt.length,channel:w(`channel-${Ni}`)}):"",i.textContent=ye>=0?wi(nt[ye]):String(t),a.binding.refresh(),c.binding.refresh(),l.binding.refresh(),document.activeElement!==p&&(p.value=Ni),u.refresh(),h.refresh(),f.refresh();let qi=n.get("critical")===!0;N.checked=qi,f.node.hidden=!qi;let Wn=Pc(n);for(let H of $o)H.radio.checked=H.n===Wn;qt.textContent=w(Wn?ot[Wn-1]:"page-satisfaction-none");let Ri=n.get("photos"),Pi=Ri instanceof Je?Ri.toArray().filter(H=>H instanceof z&&typeof H.get("path")=="string"):[],Li=JSON.stringify(Pi.map(H=>[H.get("path"),H.get("caption")]));Li!==Di&&(Di=Li,Pt.replaceChildren(...Pi.map((H,Qc)=>{let Hn=typeof H.get("caption")=="string"?H.get("caption"):"",Xc=Hn||w("page-photo-of",{number:Qc+1,name:i.textContent});return m("li",{},m("img",{src:Tu(H.get("path")),alt:Xc,loading:"lazy",decoding:"async",width:"160",height:"120"}),Hn?m("span",{class:"caption",text:Hn}):null)})))};return we={id:t,refresh:Oi,destroy:()=>{a.binding.destroy(),c.binding.destroy(),l.binding.destroy()}},Oi(),Bn(String(t)),zn(),ge.open||ge.showModal(),ge.scrollTop=0,i.focus({preventScroll:!0}),a.control}function Au(){we?.refresh()}function Tu(t){let e=t.startsWith("photos/")?t.slice(7):t;return Si(`/photos/${e.split("/").map(encodeURIComponent).join("/")}`,{side:400})}async function Uu(t,e,o){o.textContent=w("page-photo-uploading");let n;try{n=await Ec(e,1600,.85)}catch{o.textContent=w("page-photo-unreadable");return}try{let r=await fetch(Si("/photos",{moment:t}),{method:"POST",body:await n.arrayBuffer(),headers:{"Content-Type":"image/jpeg"},credentials:"same-origin"});if(r.status===401){zc();return}if(!r.ok){let i=(await r.text()).trim().slice(0,300)||String(r.status);o.textContent=w("page-photo-failed",{reason:i});return}o.textContent=w("page-photo-sent")}catch{o.textContent=w("page-photo-failed",{reason:w("page-offline")})}}function _u(){for(;;){let o=1e6+crypto.getRandomValues(new Uint32Array(1))[0]%2146483648;if(!Oe.has(String(o)))return o}}function Iu(t){if(!G)return;let e=Ot(),o=e.findIndex(c=>c.id===t);if(o<0)return;let n=e[o].order,r=e[o+1]?.order??null,i=bc(n,r),s=_u();Ze(()=>{let c=i;if(c===null){let d=xc(e.length+1),p=e.map(u=>u.id);p.splice(o+1,0,s),p.forEach((u,h)=>{u===s?c=d[h]:e.find(f=>f.id===u).order!==d[h]&&Oe.get(String(u)).set("order",d[h])})}let l=new z;Oe.set(String(s),l);for(let d of["name","description","standard","improvement","owner","notes"])l.set(d,new he);l.get("name").insert(0,w("default-moment-name",{number:o+2})),l.set("order",c),l.set("channel","InPerson"),l.set("expectations",new z),l.set("principles",new z),l.set("causes",new z),l.set("other_expectations",new Je),l.set("critical",!1)});let a=Ii(s,null);a&&(a.focus(),a.select())}Ti();Ci();Ei();W.connect();et(0);te?Bn(null):Bc();window.__ciclo={doc:tt,provider:W,sequence:()=>Ot().map(t=>t.id),pictureIds:()=>[...S.ids]};})();
