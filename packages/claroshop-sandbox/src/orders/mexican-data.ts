/** Raw material for believable Mexican buyers and addresses (real colonias and postal codes). */
export const FIRST_NAMES: readonly string[] = [
  "María Guadalupe", "Juan Carlos", "José Luis", "Ana Karen", "Luis Fernando", "Verónica", "Alejandro",
  "Mariana", "Jesús", "Fernanda", "Miguel Ángel", "Daniela", "Francisco Javier", "Sofía", "Ricardo",
  "Gabriela", "Jorge", "Paola", "Héctor", "Ximena", "Roberto", "Itzel", "Eduardo", "Andrea", "Arturo",
  "Lucía", "Óscar", "Valeria", "Sergio", "Montserrat", "Raúl", "Karla", "Martín", "Brenda", "Iván",
  "Claudia", "Emiliano", "Regina", "Rubén", "Nayeli",
];

export const SURNAMES: readonly string[] = [
  "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
  "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez",
  "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
  "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán",
  "Velázquez", "Muñoz", "Núñez", "Ibarra",
];

export const STREETS: readonly string[] = [
  "Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Calle 5 de Mayo",
  "Av. Revolución", "Calle Zaragoza", "Calle Allende", "Calle Vicente Guerrero", "Av. Constitución",
  "Calle Independencia", "Av. Universidad", "Calle Matamoros", "Calle Aldama", "Calle Niños Héroes",
  "Av. Vallarta", "Calle Pino Suárez", "Paseo de la Reforma", "Calle Francisco I. Madero",
  "Calle Emiliano Zapata", "Calle Francisco Villa", "Calle Melchor Ocampo", "Av. Adolfo López Mateos",
  "Calle Abasolo", "Calle Hermenegildo Galeana", "Calle Guadalupe Victoria", "Calle Juan Escutia",
  "Calle Libertad", "Calle Cristóbal Colón", "Av. Lázaro Cárdenas",
];

export interface Place {
  colonia: string;
  municipio: string;
  cp: string;
  city: string;
  state: string;
  areaCode: string;
}

export const PLACES: readonly Place[] = [
  { colonia: "Del Valle Centro", municipio: "Benito Juárez", cp: "03100", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Roma Norte", municipio: "Cuauhtémoc", cp: "06700", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Polanco V Sección", municipio: "Miguel Hidalgo", cp: "11560", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Del Carmen", municipio: "Coyoacán", cp: "04100", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Narvarte Poniente", municipio: "Benito Juárez", cp: "03020", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Lindavista Norte", municipio: "Gustavo A. Madero", cp: "07300", city: "Ciudad de México", state: "Ciudad de México", areaCode: "55" },
  { colonia: "Providencia", municipio: "Guadalajara", cp: "44630", city: "Guadalajara", state: "Jalisco", areaCode: "33" },
  { colonia: "Ciudad del Sol", municipio: "Zapopan", cp: "45050", city: "Zapopan", state: "Jalisco", areaCode: "33" },
  { colonia: "Centro", municipio: "Monterrey", cp: "64000", city: "Monterrey", state: "Nuevo León", areaCode: "81" },
  { colonia: "Del Valle", municipio: "San Pedro Garza García", cp: "66220", city: "San Pedro Garza García", state: "Nuevo León", areaCode: "81" },
  { colonia: "Mitras Centro", municipio: "Monterrey", cp: "64460", city: "Monterrey", state: "Nuevo León", areaCode: "81" },
  { colonia: "La Paz", municipio: "Puebla", cp: "72160", city: "Puebla", state: "Puebla", areaCode: "222" },
  { colonia: "Centro", municipio: "Querétaro", cp: "76000", city: "Santiago de Querétaro", state: "Querétaro", areaCode: "442" },
  { colonia: "Juriquilla", municipio: "Querétaro", cp: "76230", city: "Santiago de Querétaro", state: "Querétaro", areaCode: "442" },
  { colonia: "Supermanzana 3", municipio: "Benito Juárez", cp: "77500", city: "Cancún", state: "Quintana Roo", areaCode: "998" },
  { colonia: "García Ginerés", municipio: "Mérida", cp: "97070", city: "Mérida", state: "Yucatán", areaCode: "999" },
  { colonia: "Jardines del Moral", municipio: "León", cp: "37160", city: "León de los Aldama", state: "Guanajuato", areaCode: "477" },
  { colonia: "Centro", municipio: "Toluca", cp: "50000", city: "Toluca de Lerdo", state: "México", areaCode: "722" },
  { colonia: "Ciudad Satélite", municipio: "Naucalpan de Juárez", cp: "53100", city: "Naucalpan", state: "México", areaCode: "55" },
  { colonia: "Zona Urbana Río Tijuana", municipio: "Tijuana", cp: "22010", city: "Tijuana", state: "Baja California", areaCode: "664" },
  { colonia: "Centro", municipio: "Oaxaca de Juárez", cp: "68000", city: "Oaxaca de Juárez", state: "Oaxaca", areaCode: "951" },
  { colonia: "Chapultepec Norte", municipio: "Morelia", cp: "58260", city: "Morelia", state: "Michoacán", areaCode: "443" },
  { colonia: "Chapultepec", municipio: "Culiacán", cp: "80040", city: "Culiacán Rosales", state: "Sinaloa", areaCode: "667" },
  { colonia: "San Benito", municipio: "Hermosillo", cp: "83190", city: "Hermosillo", state: "Sonora", areaCode: "662" },
  { colonia: "Zona Centro", municipio: "Aguascalientes", cp: "20000", city: "Aguascalientes", state: "Aguascalientes", areaCode: "449" },
];

export const DELIVERY_NOTES: readonly string[] = [
  "", "", "", "", "Dejar en recepción", "Tocar el timbre dos veces", "Entregar en horario de oficina",
  "Casa con portón negro", "Llamar antes de entregar", "Frente a la tienda de abarrotes",
];

export const MANUAL_CARRIERS: readonly string[] = ["Estafeta", "DHL", "Paquetexpress", "99 Minutos", "Redpack"];
